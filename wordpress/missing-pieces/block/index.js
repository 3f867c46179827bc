// The "Missing Pieces check-in" block in the editor: plain JavaScript with WordPress's own
// packages, no build step. The page itself shows the real check-in (rendered by PHP, as the
// [missing_pieces] shortcode). In the editor the block shows a preview of the check-in's first
// screen with the saved settings, drawn by the widget itself in a frame of its own (its files come
// from this site: nothing from the network), and the one setting that belongs to each placement,
// the widget id, in the block's sidebar.
( function ( blocks, element, blockEditor, components, i18n ) {
	const el = element.createElement;
	const __ = i18n.__;
	/** From PHP (missing_pieces_block_editor_data()): the widget's files and the saved settings. */
	const preview = window.missingPiecesBlock;

	const attribute = ( text ) => String( text ).replace( /&/g, '&amp;' ).replace( /"/g, '&quot;' ).replace( /</g, '&lt;' );

	/** A page with the check-in, as the shortcode writes it; the settings JSON has < and & escaped. */
	function previewDocument( widgetId ) {
		const id = widgetId ? ` data-widget-id="${ attribute( widgetId ) }"` : '';
		return '<!doctype html><html><head><meta charset="utf-8">' +
			`<link rel="stylesheet" href="${ attribute( preview.css ) }">` +
			'<style>body{margin:0}</style></head><body>' +
			`<div class="missing-pieces" data-missing-pieces${ id }>` +
			`<script type="application/json" data-missing-pieces-settings>${ preview.settings }</script></div>` +
			`<script type="module" src="${ attribute( preview.embed ) }"></script></body></html>`;
	}

	blocks.registerBlockType( 'missing-pieces/check-in', {
		edit( props ) {
			const widgetId = props.attributes.widgetId;
			return el(
				element.Fragment,
				null,
				el(
					blockEditor.InspectorControls,
					null,
					el(
						components.PanelBody,
						{ title: __( 'Missing Pieces check-in', 'missing-pieces' ) },
						el( components.TextControl, {
							label: __( 'Widget id (optional)', 'missing-pieces' ),
							help: __(
								'Only needed to keep a check-in’s saved answers when you move it: letters, digits, - and _.',
								'missing-pieces'
							),
							value: widgetId,
							onChange( value ) {
								props.setAttributes( { widgetId: value.replace( /[^A-Za-z0-9_-]/g, '' ).slice( 0, 40 ) } );
							},
						} )
					)
				),
				el(
					'div',
					blockEditor.useBlockProps(),
					preview
						? el( 'iframe', {
							className: 'missing-pieces-block-preview',
							title: __( 'Preview of the check-in', 'missing-pieces' ),
							srcDoc: previewDocument( widgetId ),
							// A picture of the first screen: clicks select the block, as for any block.
							ref( node ) {
								if ( node ) {
									node.setAttribute( 'inert', '' );
								}
							},
							style: { display: 'block', width: '100%', height: '36em', border: 0, pointerEvents: 'none' },
						} )
						: null,
					el(
						'p',
						{ className: 'missing-pieces-block-note', style: { fontSize: '13px', margin: '0.5em 0 0' } },
						__(
							'The check-in with the settings under Settings, Missing Pieces. Visitors can use it on the published page.',
							'missing-pieces'
						)
					)
				)
			);
		},
		save() {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
