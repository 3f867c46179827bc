// The "Missing Pieces check-in" block in the editor: plain JavaScript with WordPress's own
// packages, no build step. The page itself shows the real check-in (rendered by PHP, as the
// [missing_pieces] shortcode), so the editor shows a placeholder and the one setting that belongs
// to each placement: the widget id.
( function ( blocks, element, blockEditor, components, i18n ) {
	const el = element.createElement;
	const __ = i18n.__;

	blocks.registerBlockType( 'missing-pieces/check-in', {
		edit( props ) {
			return el(
				'div',
				blockEditor.useBlockProps(),
				el(
					components.Placeholder,
					{
						icon: 'clipboard',
						label: __( 'Missing Pieces check-in', 'missing-pieces' ),
						instructions: __(
							'The check-in shows here on the published page. Its settings are under Settings, Missing Pieces.',
							'missing-pieces'
						),
					},
					el( components.TextControl, {
						label: __( 'Widget id (optional)', 'missing-pieces' ),
						help: __(
							'Only needed to keep a check-in’s saved answers when you move it: letters, digits, - and _.',
							'missing-pieces'
						),
						value: props.attributes.widgetId,
						onChange( value ) {
							props.setAttributes( { widgetId: value.replace( /[^A-Za-z0-9_-]/g, '' ).slice( 0, 40 ) } );
						},
					} )
				)
			);
		},
		save() {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
