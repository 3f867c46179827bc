<?php
/**
 * Plugin Name:       Missing Pieces check-in
 * Description:       A short, private check-in for your clients before a first session. It runs entirely in the visitor's browser: no answer is sent anywhere. Place it with the [missing_pieces] shortcode or the "Missing Pieces check-in" block; set it up under Settings → Missing Pieces.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Update URI:        false
 * License:           MIT OR Apache-2.0
 * Text Domain:       missing-pieces
 * Domain Path:       /languages
 *
 * @package MissingPieces
 */

// "Update URI: false": this plugin is not in WordPress.org's directory, so WordPress never offers
// another plugin that happens to share its folder name as its "update". Updates come from the
// zip in each release (see readme.txt, "How do I update the plugin?").

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'MISSING_PIECES_VERSION', '0.1.0' );
define( 'MISSING_PIECES_OPTION', 'missing_pieces_settings' );
define( 'MISSING_PIECES_FILE', __FILE__ );

require_once __DIR__ . '/includes/checks.php';
require_once __DIR__ . '/includes/settings.php';

/**
 * Loads the plugin's translations (from its languages folder, or from WordPress's own).
 */
function missing_pieces_load_textdomain() {
	load_plugin_textdomain( 'missing-pieces', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'missing_pieces_load_textdomain' );

/**
 * Registers the widget's script (not yet enqueued: only a page that shows the widget loads it),
 * the shortcode and the block.
 */
function missing_pieces_register() {
	wp_register_script(
		'missing-pieces-embed',
		plugins_url( 'widget/embed.js', __FILE__ ),
		array(),
		MISSING_PIECES_VERSION,
		true
	);
	add_shortcode( 'missing_pieces', 'missing_pieces_shortcode' );
	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'missing_pieces_render_block' )
	);
}
add_action( 'init', 'missing_pieces_register' );

/**
 * The widget's scripts are ES modules: WordPress 6.1 has no module API, so the tag gets its type here.
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle The script's handle.
 * @return string
 */
function missing_pieces_module_tag( $tag, $handle ) {
	if ( 'missing-pieces-embed' !== $handle && 'missing-pieces-admin' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\s/', '<script type="module" ', $tag, 1 );
}
add_filter( 'script_loader_tag', 'missing_pieces_module_tag', 10, 2 );

/**
 * The widget's data- attribute (without data-) for each text setting, by the plugin's key. The
 * settings page's live preview (admin.js) reads the same list.
 *
 * @return array<string, string>
 */
function missing_pieces_text_attributes() {
	return array(
		'practice_name' => 'practice-name',
		'intro'         => 'intro',
		'contact_email' => 'contact-email',
		'contact_phone' => 'contact-phone',
		'booking_url'   => 'booking-url',
		'accent'        => 'accent',
		'background'    => 'background',
		'language'      => 'language',
	);
}

/**
 * The widget's data- attributes for the saved settings, with defaults left out.
 *
 * @param string $widget_id The id that keeps this widget's saved progress and share links apart
 *                          from another widget's on the same page ('' for the default).
 * @return array<string, string> Attribute name (without data-) => value.
 */
function missing_pieces_attributes( $widget_id = '' ) {
	$settings   = missing_pieces_settings();
	$attributes = array();
	foreach ( missing_pieces_text_attributes() as $key => $name ) {
		if ( '' !== $settings[ $key ] ) {
			$attributes[ $name ] = $settings[ $key ];
		}
	}
	if ( ! empty( $settings['urgent_help'] ) ) {
		$attributes['urgent-help'] = wp_json_encode( $settings['urgent_help'], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	}
	if ( ! $settings['reflections'] ) {
		$attributes['reflections'] = 'off';
	}
	if ( ! $settings['offer_saving'] ) {
		$attributes['saving'] = 'off';
	}
	if ( ! empty( $settings['areas'] ) ) {
		$attributes['areas'] = implode( ',', $settings['areas'] );
	}
	// A question written once is asked as written in every language; with other languages it is
	// one text per language, the first box counting as the language the check-in starts in.
	$main      = '' !== $settings['language'] ? $settings['language'] : 'en';
	$questions = array();
	foreach ( array_values( (array) $settings['questions'] ) as $n => $question ) {
		$others = isset( $settings['question_translations'][ $n ] ) ? array_filter( (array) $settings['question_translations'][ $n ], 'strlen' ) : array();
		if ( ! $others ) {
			if ( '' !== $question ) {
				$questions[] = $question;
			}
			continue;
		}
		$questions[] = '' !== $question ? array_merge( array( $main => $question ), $others ) : $others;
	}
	if ( $questions ) {
		$attributes['questions'] = wp_json_encode( $questions, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	}
	$widget_id = missing_pieces_clean_widget_id( $widget_id );
	if ( '' !== $widget_id ) {
		$attributes['widget-id'] = $widget_id;
	}
	return $attributes;
}

/**
 * The element the widget draws itself in, and the widget's script enqueued for this page.
 *
 * @param string $widget_id See missing_pieces_attributes().
 * @return string HTML.
 */
function missing_pieces_markup( $widget_id = '' ) {
	wp_enqueue_script( 'missing-pieces-embed' );
	// embed.css keeps the widget's place from the page's first paint, so the text below it does
	// not move when the widget appears; it must come before the element, as in the HTML snippet.
	$css  = add_query_arg( 'ver', MISSING_PIECES_VERSION, plugins_url( 'widget/embed.css', __FILE__ ) );
	$html = '<link rel="stylesheet" href="' . esc_url( $css ) . '">';
	$html .= '<div class="missing-pieces" data-missing-pieces';
	foreach ( missing_pieces_attributes( $widget_id ) as $name => $value ) {
		$html .= ' data-' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '><noscript>' . esc_html__( 'This check-in needs JavaScript to run in your browser. Nothing is sent anywhere.', 'missing-pieces' ) . '</noscript></div>';
	return $html;
}

/**
 * [missing_pieces] and [missing_pieces widget_id="second"].
 *
 * @param array|string $atts Shortcode attributes.
 * @return string HTML.
 */
function missing_pieces_shortcode( $atts ) {
	$atts = shortcode_atts( array( 'widget_id' => '' ), $atts, 'missing_pieces' );
	return missing_pieces_markup( (string) $atts['widget_id'] );
}

/**
 * The block's front end: the same markup as the shortcode.
 *
 * @param array $attributes Block attributes.
 * @return string HTML.
 */
function missing_pieces_render_block( $attributes ) {
	$widget_id = isset( $attributes['widgetId'] ) ? (string) $attributes['widgetId'] : '';
	return missing_pieces_markup( $widget_id );
}
