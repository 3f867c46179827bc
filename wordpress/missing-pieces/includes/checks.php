<?php
/**
 * The checks a setting must pass, with the same rules as the widget's own (config.schema.json
 * and docs/config.md in the widget's source). Each check returns '' when all is well, or a
 * message in plain words saying what is wrong.
 *
 * @package MissingPieces
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'MISSING_PIECES_MAX_HELP', 8 );
define( 'MISSING_PIECES_MIN_AREAS', 3 );
define( 'MISSING_PIECES_MAX_QUESTIONS', 3 );
define( 'MISSING_PIECES_MAX_QUESTION', 200 );
define( 'MISSING_PIECES_MIN_CONTRAST', 4.5 );
// Whitespace and the characters that show nothing (controls, format characters such as a
// zero-width space, and a few blank letters), which no address or number may hold: the
// widget's own list (config/unicode.rs in its source).
define( 'MISSING_PIECES_BLANK', '/[\s\p{Z}\p{Cc}\p{Cf}\x{034F}\x{115F}\x{1160}\x{3164}\x{FFA0}\x{2800}]/u' );
define( 'MISSING_PIECES_EMAIL', '/^[^\s@,;<>()\[\]\\\\":?#%]+@[^\s@,;<>()\[\]\\\\":?#%.]+(\.[^\s@,;<>()\[\]\\\\":?#%.]+)+$/u' );
define( 'MISSING_PIECES_PHONE', '/^\+?[ ().-]*([0-9][ ().-]*){3,20}$/' );
// https:// and a host of non-empty labels (ASCII letters, digits and hyphens, or letters of an
// international name) or an IPv6 address in brackets, or http:// to localhost or 127.0.0.1; a
// port of up to five digits; then a path, query or fragment. With MISSING_PIECES_BLANK, exactly
// what the widget accepts (its tests/parity.rs holds these patterns to the widget's checks).
define( 'MISSING_PIECES_WEB_ADDRESS', '/^(https:\/\/(\[[0-9a-f:.]+\]|([a-z0-9-]|[^\x00-\x7f])+(\.([a-z0-9-]|[^\x00-\x7f])+)*)|http:\/\/(localhost|127\.0\.0\.1))(:[0-9]{0,5})?([\/?#][^\\\\"<>`]*)?$/iu' );
define( 'MISSING_PIECES_HEX', '/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/' );

/**
 * Text longer than `$max` characters.
 *
 * @param string $value The text.
 * @param int    $max   The most characters that fit.
 * @param string $what  What the text is, to start the message ("The practice name").
 * @return string
 */
function missing_pieces_check_length( $value, $max, $what ) {
	$length = function_exists( 'mb_strlen' ) ? mb_strlen( $value, 'UTF-8' ) : strlen( $value );
	if ( $length <= $max ) {
		return '';
	}
	/* translators: 1: what the text is, 2: its length, 3: the most characters that fit. */
	return sprintf( __( '%1$s is %2$d characters long; at most %3$d fit.', 'missing-pieces' ), $what, $length, $max );
}

/**
 * An email address, as the widget accepts it.
 *
 * @param string $value The address.
 * @return string
 */
function missing_pieces_check_email( $value ) {
	if ( '' === $value ) {
		return '';
	}
	if ( strlen( $value ) > 254 ) {
		return __( 'This email address is too long: at most 254 characters.', 'missing-pieces' );
	}
	if ( preg_match( '/[\s,;]/', $value ) ) {
		return __( 'Write one email address only, with no spaces, commas or semicolons, such as hello@your-practice.example.', 'missing-pieces' );
	}
	return ! preg_match( MISSING_PIECES_BLANK, $value ) && preg_match( MISSING_PIECES_EMAIL, $value ) ? '' : __( 'This does not look like an email address. Write it like hello@your-practice.example.', 'missing-pieces' );
}

/**
 * A phone number, as the widget accepts it.
 *
 * @param string $value The number.
 * @param string $what  What the number is ("The phone number").
 * @return string
 */
function missing_pieces_check_phone( $value, $what ) {
	if ( '' === $value ) {
		return '';
	}
	if ( strlen( $value ) > 40 ) {
		/* translators: %s: what the number is, such as "The phone number". */
		return sprintf( __( '%s is too long: at most 40 characters.', 'missing-pieces' ), $what );
	}
	if ( preg_match( MISSING_PIECES_PHONE, $value ) ) {
		return '';
	}
	/* translators: %s: what the number is, such as "The phone number". */
	return sprintf( __( '%s should have 3 to 20 digits (0 to 9). Spaces, dashes, dots and brackets are fine, and + only at the very start, such as +44 20 7946 0018.', 'missing-pieces' ), $what );
}

/**
 * A web address, as the widget accepts it: https:// only (http://localhost for testing).
 *
 * @param string $value The address.
 * @param string $what  What the address is ("The booking page").
 * @return string
 */
function missing_pieces_check_web_address( $value, $what ) {
	if ( '' === $value ) {
		return '';
	}
	if ( strlen( $value ) > 500 ) {
		/* translators: %s: what the address is, such as "The booking page". */
		return sprintf( __( '%s is too long: at most 500 characters.', 'missing-pieces' ), $what );
	}
	if ( preg_match( '/^http:\/\//i', $value ) && ! preg_match( MISSING_PIECES_WEB_ADDRESS, $value ) ) {
		/* translators: %s: what the address is, such as "The booking page". */
		return sprintf( __( '%s starts with http://, which is not a private connection. Use the https:// address.', 'missing-pieces' ), $what );
	}
	if ( ! preg_match( '/^https?:\/\//i', $value ) ) {
		/* translators: %s: what the address is, such as "The booking page". */
		return sprintf( __( '%s must be the full address, starting with https://, such as https://your-practice.example/book.', 'missing-pieces' ), $what );
	}
	if ( preg_match( '/\s/', $value ) ) {
		/* translators: %s: what the address is, such as "The booking page". */
		return sprintf( __( '%s has a space in it. Copy the address again from your browser’s address bar.', 'missing-pieces' ), $what );
	}
	if ( preg_match( '/^https:\/\/[^\/?#]*@/i', $value ) ) {
		/* translators: %s: what the address is, such as "The booking page". */
		return sprintf( __( '%s has a name and @ before the site, which can disguise where a link goes. Leave that part out.', 'missing-pieces' ), $what );
	}
	if ( ! preg_match( MISSING_PIECES_BLANK, $value ) && preg_match( MISSING_PIECES_WEB_ADDRESS, $value ) ) {
		return '';
	}
	/* translators: %s: what the address is, such as "The booking page". */
	return sprintf( __( '%s is not a web address the check-in can use. Write it like https://your-practice.example/book.', 'missing-pieces' ), $what );
}

/**
 * `#rgb` or `#rrggbb` as `#rrggbb` in lower case, or '' when it is not a hex colour.
 *
 * @param string $value The colour.
 * @return string
 */
function missing_pieces_full_hex( $value ) {
	if ( ! preg_match( MISSING_PIECES_HEX, $value ) ) {
		return '';
	}
	$digits = strtolower( substr( $value, 1 ) );
	if ( 3 === strlen( $digits ) ) {
		$digits = $digits[0] . $digits[0] . $digits[1] . $digits[1] . $digits[2] . $digits[2];
	}
	return '#' . $digits;
}

/**
 * The WCAG 2 contrast ratio of two `#rrggbb` colours, as the widget measures it.
 *
 * @param string $a A colour.
 * @param string $b Another colour.
 * @return float
 */
function missing_pieces_contrast( $a, $b ) {
	$luminance = function ( $hex ) {
		$channels = array();
		foreach ( array( 1, 3, 5 ) as $i ) {
			$c          = hexdec( substr( $hex, $i, 2 ) ) / 255;
			$channels[] = $c <= 0.04045 ? $c / 12.92 : pow( ( $c + 0.055 ) / 1.055, 2.4 );
		}
		return 0.2126 * $channels[0] + 0.7152 * $channels[1] + 0.0722 * $channels[2];
	};
	$x = $luminance( $a );
	$y = $luminance( $b );
	return ( max( $x, $y ) + 0.05 ) / ( min( $x, $y ) + 0.05 );
}

/**
 * A failing ratio to one decimal, never rounded up to a passing one.
 *
 * @param float $ratio The ratio.
 * @return string
 */
function missing_pieces_ratio_text( $ratio ) {
	return number_format_i18n( min( round( $ratio * 10 ), MISSING_PIECES_MIN_CONTRAST * 10 - 1 ) / 10, 1 ) . ':1';
}

/**
 * The accent and background colours, checked as the widget checks them.
 *
 * @param string $accent     The accent as typed ('' for the default).
 * @param string $background The background as typed ('' for the default).
 * @return array{accent: string, background: string} A message for each ('' when all is well).
 */
function missing_pieces_check_colours( $accent, $background ) {
	$messages = array(
		'accent'     => '',
		'background' => '',
	);
	foreach ( array( 'accent', 'background' ) as $name ) {
		$value = 'accent' === $name ? $accent : $background;
		if ( '' !== $value && '' === missing_pieces_full_hex( $value ) ) {
			$messages[ $name ] = __( 'Write the colour as # and 6 letters or digits (0 to 9 and a to f), such as #2f6b5e. Colour names such as “teal” do not work.', 'missing-pieces' );
		}
	}
	$bg = missing_pieces_full_hex( $background );
	if ( '' !== $bg ) {
		$ratio = missing_pieces_contrast( $bg, '#4a5559' );
		if ( $ratio < MISSING_PIECES_MIN_CONTRAST ) {
			/* translators: %s: a contrast ratio such as 2.1:1. */
			$messages['background'] = sprintf( __( 'This background is too dark for the check-in’s grey text (contrast %s; at least 4.5:1 is needed). Choose a lighter colour.', 'missing-pieces' ), missing_pieces_ratio_text( $ratio ) );
			$bg                     = '';
		}
	}
	$against = '' !== $bg ? $bg : '#fffdf9';
	$ac      = missing_pieces_full_hex( $accent );
	if ( '' !== $ac ) {
		$white = missing_pieces_contrast( $ac, '#ffffff' );
		$on_bg = missing_pieces_contrast( $ac, $against );
		if ( $white < MISSING_PIECES_MIN_CONTRAST ) {
			/* translators: %s: a contrast ratio such as 2.1:1. */
			$messages['accent'] = sprintf( __( 'This accent is too light for white button text (contrast %s; at least 4.5:1 is needed). Choose a darker colour.', 'missing-pieces' ), missing_pieces_ratio_text( $white ) );
		} elseif ( $on_bg < MISSING_PIECES_MIN_CONTRAST ) {
			/* translators: %s: a contrast ratio such as 2.1:1. */
			$messages['accent'] = sprintf( __( 'This accent does not stand out enough from the background (contrast %s; at least 4.5:1 is needed).', 'missing-pieces' ), missing_pieces_ratio_text( $on_bg ) );
		}
	} elseif ( '' !== $bg && missing_pieces_contrast( '#2f6b5e', $bg ) < MISSING_PIECES_MIN_CONTRAST ) {
		/* translators: %s: a contrast ratio such as 2.1:1. */
		$messages['background'] = sprintf( __( 'The check-in’s green buttons do not stand out enough from this background (contrast %s; at least 4.5:1 is needed). Choose another background, or an accent colour that stands out from it.', 'missing-pieces' ), missing_pieces_ratio_text( missing_pieces_contrast( '#2f6b5e', $bg ) ) );
	}
	return $messages;
}

/**
 * A widget id: letters, digits, - and _ only, at most 40 characters ('' for the default).
 *
 * @param string $value The id as given.
 * @return string
 */
function missing_pieces_clean_widget_id( $value ) {
	// Kept as written, as the widget keeps it: its saved progress goes under that exact name.
	$value = preg_replace( '/[^A-Za-z0-9_-]/', '', trim( (string) $value ) );
	return substr( $value, 0, 40 );
}
