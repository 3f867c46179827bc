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

// Translations: WordPress (4.6 and later) loads a site's translation of the plugin by itself from
// wp-content/languages/plugins/missing-pieces-<locale>.mo; languages/ holds the template
// (missing-pieces.pot) to make one from.

/**
 * Registers the widget's script and stylesheet (not yet enqueued: only a page that shows the
 * widget loads them), the shortcode and the block.
 */
function missing_pieces_register() {
	$embed = plugins_url( 'widget/embed.js', __FILE__ );
	if ( function_exists( 'wp_register_script_module' ) ) {
		// WordPress 6.5 and later load ES modules themselves.
		wp_register_script_module( 'missing-pieces-embed', $embed, array(), MISSING_PIECES_VERSION );
	} else {
		wp_register_script( 'missing-pieces-embed', $embed, array(), MISSING_PIECES_VERSION, true );
	}
	// embed.css keeps the widget's place from the page's first paint, so the text below it does
	// not move when the widget appears.
	wp_register_style( 'missing-pieces-embed', plugins_url( 'widget/embed.css', __FILE__ ), array(), MISSING_PIECES_VERSION );
	add_shortcode( 'missing_pieces', 'missing_pieces_shortcode' );
	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'missing_pieces_render_block' )
	);
}
add_action( 'init', 'missing_pieces_register' );

/**
 * The widget's script and stylesheet, on a page that shows it.
 */
function missing_pieces_enqueue() {
	wp_enqueue_style( 'missing-pieces-embed' );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'missing-pieces-embed' );
	} else {
		wp_enqueue_script( 'missing-pieces-embed' );
	}
}

/**
 * A post or page with the shortcode or the block gets the stylesheet in its <head>: a classic
 * theme writes the <head> before the post, and a stylesheet enqueued later would come only at
 * the end of the page.
 */
function missing_pieces_enqueue_early() {
	$post = is_singular() ? get_post() : null;
	if ( $post && ( has_shortcode( $post->post_content, 'missing_pieces' ) || has_block( 'missing-pieces/check-in', $post ) ) ) {
		wp_enqueue_style( 'missing-pieces-embed' );
	}
}
add_action( 'wp_enqueue_scripts', 'missing_pieces_enqueue_early' );

/**
 * Before WordPress 6.5 (no script modules), the widget's script tag, and only that tag, gets
 * type="module". A translation or another plugin may print an inline script of its own just
 * before it in the same $tag; that one is left as it is.
 *
 * @param string $tag    The script tags WordPress wrote for the handle.
 * @param string $handle The script's handle.
 * @return string
 */
function missing_pieces_module_tag( $tag, $handle ) {
	if ( 'missing-pieces-embed' !== $handle && 'missing-pieces-admin' !== $handle ) {
		return $tag;
	}
	// The tag with the script's own id, "<handle>-js" (its inline scripts' ids go on: "-js-before").
	$own = '/<script\b[^>]*\sid=([\'"])' . preg_quote( $handle, '/' ) . '-js\1[^>]*>/';
	return preg_replace_callback(
		$own,
		function ( $match ) {
			$open = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $match[0] );
			return '<script type="module"' . substr( $open, strlen( '<script' ) );
		},
		$tag,
		1
	);
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
 * The saved settings in the widget's JSON form (docs/config.md), defaults left out: what the
 * page's settings block gives every check-in on the page.
 *
 * @return array
 */
function missing_pieces_json_settings() {
	$flat = missing_pieces_attributes();
	$json = array();
	foreach ( array( 'practice-name' => 'practice_name', 'intro' => 'intro', 'accent' => 'accent', 'background' => 'background', 'language' => 'language' ) as $name => $key ) {
		if ( isset( $flat[ $name ] ) ) {
			$json[ $key ] = $flat[ $name ];
		}
	}
	$contact = array();
	foreach ( array( 'contact-email' => 'email', 'contact-phone' => 'phone', 'booking-url' => 'booking_url' ) as $name => $key ) {
		if ( isset( $flat[ $name ] ) ) {
			$contact[ $key ] = $flat[ $name ];
		}
	}
	if ( $contact ) {
		$json['contact'] = $contact;
	}
	$settings = missing_pieces_settings();
	if ( ! empty( $settings['urgent_help'] ) ) {
		$json['urgent_help'] = array_values( $settings['urgent_help'] );
	}
	if ( ! $settings['reflections'] ) {
		$json['reflections'] = false;
	}
	if ( ! $settings['offer_saving'] ) {
		$json['offer_saving'] = false;
	}
	if ( ! empty( $settings['areas'] ) ) {
		$json['areas'] = array_values( $settings['areas'] );
	}
	if ( isset( $flat['questions'] ) ) {
		$json['questions'] = json_decode( $flat['questions'], true );
	}
	return $json;
}

/**
 * The saved settings as the JSON text of the page's settings block. JSON_HEX_TAG and
 * JSON_HEX_AMP write < > & as \u escapes, so no text can end the block.
 *
 * @return string
 */
function missing_pieces_settings_block() {
	return wp_json_encode( (object) missing_pieces_json_settings(), JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
}

/**
 * The element the widget draws itself in, and the widget's script enqueued for this page.
 *
 * The settings go in a <script type="application/json" data-missing-pieces-settings> block
 * inside the element: on a page with such a block, every check-in takes its settings from it,
 * never from data- attributes on an element. Anyone who may write a post can put data-
 * attributes on a div, but only those WordPress lets write unfiltered HTML (administrators
 * and editors) can write a script element, so a check-in an author writes by hand shows these
 * settings too, not theirs. The element carries only its widget id.
 *
 * @param string $widget_id See missing_pieces_attributes().
 * @return string HTML.
 */
function missing_pieces_markup( $widget_id = '' ) {
	missing_pieces_enqueue();
	$html      = '<div class="missing-pieces" data-missing-pieces';
	$widget_id = missing_pieces_clean_widget_id( $widget_id );
	if ( '' !== $widget_id ) {
		$html .= ' data-widget-id="' . esc_attr( $widget_id ) . '"';
	}
	$html .= '><script type="application/json" data-missing-pieces-settings>' . missing_pieces_settings_block() . '</script>';
	$html .= missing_pieces_fallback() . '</div>';
	return $html;
}

/**
 * Where no script of the check-in can run at all (scripts turned off or blocked, a browser too
 * old for JavaScript modules), the message the check-in shows when it cannot start, in the page
 * itself: that it could not open here, the practice's contacts and the urgent help contacts of
 * the settings, all as text. The widget's embed.css shows it at once where scripts are off, else
 * after ten seconds, unless embed.js has put the check-in in its place (whose Shadow DOM hides
 * it). Its words are the check-in's own, from includes/cannot-start.json (the release package
 * writes it from the built widget), in the check-in's language, else the site's, else English.
 *
 * @return string HTML ('' where the words cannot be read).
 */
function missing_pieces_fallback() {
	$texts = wp_json_file_decode( __DIR__ . '/includes/cannot-start.json', array( 'associative' => true ) );
	if ( ! is_array( $texts ) || ! isset( $texts['en'] ) ) {
		return '';
	}
	$settings = missing_pieces_settings();
	$lang     = $settings['language'];
	if ( '' === $lang || ! isset( $texts[ $lang ] ) ) {
		$site = strtolower( substr( get_locale(), 0, 2 ) );
		$lang = isset( $texts[ $site ] ) ? $site : 'en';
	}
	$t    = $texts[ $lang ];
	$bdi  = function ( $text ) {
		return '<bdi>' . esc_html( $text ) . '</bdi>';
	};
	$link = function ( $href, $content, $elsewhere = false ) {
		return '<a href="' . esc_url( $href, array( 'http', 'https', 'mailto', 'tel' ) ) . '"' . ( $elsewhere ? ' rel="noopener noreferrer" target="_blank"' : '' ) . '>' . $content . '</a>';
	};
	$tel  = function ( $phone ) {
		return 'tel:' . preg_replace( '/[^\d+]/', '', $phone );
	};

	$html  = '<div data-missing-pieces-fallback hidden><div lang="' . esc_attr( $lang ) . '" dir="' . esc_attr( 'rtl' === $t['dir'] ? 'rtl' : 'ltr' ) . '"><section>';
	$html .= '<h2>' . esc_html( $t['title'] ) . '</h2><p>' . esc_html( $t['body'] ) . '</p>';
	$email   = $settings['contact_email'];
	$phone   = $settings['contact_phone'];
	$booking = $settings['booking_url'];
	if ( '' !== $email || '' !== $phone || '' !== $booking ) {
		$html .= '<h3>' . esc_html( $t['contact'] ) . '</h3>';
		if ( '' !== $settings['practice_name'] ) {
			$html .= '<p>' . $bdi( $settings['practice_name'] ) . '</p>';
		}
		$html .= '<ul>';
		if ( '' !== $email ) {
			$html .= '<li>' . $link( 'mailto:' . $email, $bdi( $email ) ) . '</li>';
		}
		if ( '' !== $phone ) {
			$html .= '<li>' . $link( $tel( $phone ), $bdi( $phone ) ) . '</li>';
		}
		if ( '' !== $booking ) {
			$html .= '<li>' . $link( $booking, esc_html( $t['booking'] ), true ) . '</li>';
		}
		$html .= '</ul>';
	}
	$html .= '<h3>' . esc_html( $t['help'] ) . '</h3><div><p><strong>' . esc_html( $t['danger'] ) . '</strong></p>';
	if ( ! empty( $settings['urgent_help'] ) ) {
		$html .= '<ul>';
		foreach ( (array) $settings['urgent_help'] as $contact ) {
			if ( empty( $contact['name'] ) ) {
				continue;
			}
			$html .= '<li><strong>' . $bdi( $contact['name'] ) . '</strong>';
			if ( ! empty( $contact['phone'] ) ) {
				$html .= ' ' . $link( $tel( $contact['phone'] ), esc_html( $t['call'][0] ) . $bdi( $contact['phone'] ) . esc_html( $t['call'][1] ) );
			}
			if ( ! empty( $contact['text'] ) ) {
				$html .= ' ' . $bdi( $contact['text'] );
			}
			if ( ! empty( $contact['url'] ) ) {
				$html .= ' ' . $link( $contact['url'], esc_html( $t['website'] ), true );
			}
			if ( ! empty( $contact['hours'] ) ) {
				$html .= ' <span>(' . $bdi( $contact['hours'] ) . ')</span>';
			}
			$html .= '</li>';
		}
		$html .= '</ul>';
	}
	$html .= '<p>' . esc_html( $t['numbers'] ) . '</p><p>' . esc_html( $t['crisis'] ) . '</p></div></section></div></div>';
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

/**
 * What the block's editor script needs for its preview (block/index.js): the widget's files and
 * the saved settings.
 */
function missing_pieces_block_editor_data() {
	$data = array(
		'embed'    => add_query_arg( 'ver', MISSING_PIECES_VERSION, plugins_url( 'widget/embed.js', __FILE__ ) ),
		'css'      => add_query_arg( 'ver', MISSING_PIECES_VERSION, plugins_url( 'widget/embed.css', __FILE__ ) ),
		'settings' => missing_pieces_settings_block(),
	);
	$handle = generate_block_asset_handle( 'missing-pieces/check-in', 'editorScript' );
	wp_add_inline_script( $handle, 'window.missingPiecesBlock = ' . wp_json_encode( $data ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'missing_pieces_block_editor_data' );

/**
 * What the site's privacy policy may say about the check-in (Settings → Privacy → Policy Guide).
 */
function missing_pieces_privacy_policy() {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$text  = '<p>' . esc_html__( 'Our check-in runs entirely in your browser. Your answers are not sent to this website or anywhere else, and the check-in sets no cookie.', 'missing-pieces' ) . '</p>';
	$text .= '<p>' . esc_html__( 'If you choose “Save my progress on this device”, your answers are kept in your browser’s storage for this website until you choose “Erase my answers”.', 'missing-pieces' ) . '</p>';
	$text .= '<p>' . esc_html__( 'Other scripts on the same page (such as statistics, session recording or chat tools, if this website uses them) run beside the check-in. They can read what the page shows, what you type into it and what it saves in your browser. The check-in cannot stop them. It is kept apart from them only when it is shown in a frame from another web address; this plugin shows it on the page itself.', 'missing-pieces' ) . '</p>';
	wp_add_privacy_policy_content( __( 'Missing Pieces check-in', 'missing-pieces' ), wp_kses_post( $text ) );
}
add_action( 'admin_init', 'missing_pieces_privacy_policy' );
