<?php
/**
 * The settings page under Settings → Missing Pieces: one form for every setting of the widget,
 * checked on save with the widget's rules, and a preview of the widget with the saved settings.
 *
 * @package MissingPieces
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Every setting with its default (the widget's own default when a setting is left empty).
 *
 * @return array
 */
function missing_pieces_defaults() {
	return array(
		'practice_name' => '',
		'intro'         => '',
		'contact_email' => '',
		'contact_phone' => '',
		'booking_url'   => '',
		'accent'        => '',
		'background'    => '',
		'language'      => '',
		'urgent_help'   => array(),
		'reflections'   => true,
		'offer_saving'  => true,
		'areas'         => array(),
		'questions'     => array( '', '', '' ),
		// Each own question in other languages: one array of language tag => text per question.
		'question_translations' => array( array(), array(), array() ),
	);
}

/**
 * The languages the check-in speaks, by tag, as this page names them.
 *
 * @return array<string, string> Tag => name.
 */
function missing_pieces_languages() {
	return array(
		'en' => __( 'English', 'missing-pieces' ),
		'es' => __( 'Spanish (Español)', 'missing-pieces' ),
		'ar' => __( 'Arabic (العربية), right to left', 'missing-pieces' ),
	);
}

/**
 * The six areas the check-in can ask about, by the widget's id, in the model's order.
 *
 * @return array<string, string> Area id => name.
 */
function missing_pieces_areas() {
	return array(
		'hope'                 => __( 'Holding hope', 'missing-pieces' ),
		'relational_support'   => __( 'Support from others', 'missing-pieces' ),
		'developing_resources' => __( 'Ways to cope (body, imagery, what is around them, what helped before)', 'missing-pieces' ),
		'mindful_attitude'     => __( 'Noticing the here and now', 'missing-pieces' ),
		'self_compassion'      => __( 'Being kind to themselves', 'missing-pieces' ),
		'positive_experiences' => __( 'Letting good things in', 'missing-pieces' ),
	);
}

/**
 * The saved settings, with defaults for anything missing.
 *
 * @return array
 */
function missing_pieces_settings() {
	$saved = get_option( MISSING_PIECES_OPTION, array() );
	return array_merge( missing_pieces_defaults(), is_array( $saved ) ? $saved : array() );
}

/**
 * Registers the option (the Settings API checks the nonce and the capability on save).
 */
function missing_pieces_register_setting() {
	register_setting(
		'missing_pieces',
		MISSING_PIECES_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'missing_pieces_sanitize',
			'default'           => missing_pieces_defaults(),
			'show_in_rest'      => false,
		)
	);
}
add_action( 'admin_init', 'missing_pieces_register_setting' );

/**
 * Adds the page under Settings.
 */
function missing_pieces_add_page() {
	$hook = add_options_page(
		__( 'Missing Pieces check-in', 'missing-pieces' ),
		__( 'Missing Pieces', 'missing-pieces' ),
		'manage_options',
		'missing-pieces',
		'missing_pieces_render_page'
	);
	add_action( 'admin_print_styles-' . $hook, 'missing_pieces_admin_styles' );
	add_action( 'admin_print_scripts-' . $hook, 'missing_pieces_admin_script' );
}
add_action( 'admin_menu', 'missing_pieces_add_page' );

/**
 * The settings page's small stylesheet.
 */
function missing_pieces_admin_styles() {
	wp_enqueue_style( 'missing-pieces-admin', plugins_url( 'admin.css', MISSING_PIECES_FILE ), array(), MISSING_PIECES_VERSION );
}

/**
 * The settings page's live preview (a module, only on this page).
 */
function missing_pieces_admin_script() {
	wp_enqueue_script( 'missing-pieces-admin', plugins_url( 'admin.js', MISSING_PIECES_FILE ), array(), MISSING_PIECES_VERSION, true );
}

/**
 * A link to the settings from the plugin's row on the Plugins screen.
 *
 * @param array $links The row's links.
 * @return array
 */
function missing_pieces_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=missing-pieces' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'missing-pieces' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( MISSING_PIECES_FILE ), 'missing_pieces_action_links' );

/**
 * One line of text from the form: control characters out, spaces trimmed.
 *
 * @param array  $input The submitted form.
 * @param string $key   The field.
 * @return string
 */
function missing_pieces_field( $input, $key ) {
	if ( ! isset( $input[ $key ] ) || ! is_string( $input[ $key ] ) ) {
		return '';
	}
	$value = wp_unslash( $input[ $key ] );
	if ( 'booking_url' === $key || 'url' === $key ) {
		// A web address keeps its %-escapes (which sanitize_text_field would remove); the check
		// that follows accepts only a safe https:// address.
		return trim( (string) preg_replace( '/[\x00-\x1F\x7F]/', '', $value ) );
	}
	return sanitize_text_field( $value );
}

/**
 * Checks the submitted settings. A field that breaks the widget's rules is not saved (the field
 * keeps its last saved value) and the page says why, in the same words as the configurator.
 *
 * @param mixed $input The submitted form.
 * @return array The settings to save.
 */
function missing_pieces_sanitize( $input ) {
	$old   = missing_pieces_settings();
	$clean = missing_pieces_defaults();
	if ( ! is_array( $input ) ) {
		return $old;
	}
	$errors = array();
	$keep   = function ( $key, $value, $message ) use ( &$clean, &$errors, $old ) {
		if ( '' === $message ) {
			$clean[ $key ] = $value;
		} else {
			$clean[ $key ]  = $old[ $key ];
			$errors[ $key ] = $message;
		}
	};

	$name = missing_pieces_field( $input, 'practice_name' );
	$keep( 'practice_name', $name, missing_pieces_check_length( $name, 80, __( 'The practice name', 'missing-pieces' ) ) );
	$intro = isset( $input['intro'] ) && is_string( $input['intro'] ) ? sanitize_textarea_field( wp_unslash( $input['intro'] ) ) : '';
	$keep( 'intro', $intro, missing_pieces_check_length( $intro, 400, __( 'The welcome message', 'missing-pieces' ) ) );
	$email = missing_pieces_field( $input, 'contact_email' );
	$keep( 'contact_email', $email, missing_pieces_check_email( $email ) );
	$phone = missing_pieces_field( $input, 'contact_phone' );
	$keep( 'contact_phone', $phone, missing_pieces_check_phone( $phone, __( 'The phone number', 'missing-pieces' ) ) );
	$booking = missing_pieces_field( $input, 'booking_url' );
	$keep( 'booking_url', $booking, missing_pieces_check_web_address( $booking, __( 'The booking page', 'missing-pieces' ) ) );

	$accent     = missing_pieces_field( $input, 'accent' );
	$background = missing_pieces_field( $input, 'background' );
	$colours    = missing_pieces_check_colours( $accent, $background );
	$keep( 'accent', missing_pieces_full_hex( $accent ), $colours['accent'] );
	$keep( 'background', missing_pieces_full_hex( $background ), $colours['background'] );

	$language = missing_pieces_field( $input, 'language' );
	$keep( 'language', $language, '' === $language || array_key_exists( $language, missing_pieces_languages() ) ? '' : __( 'Choose one of the languages in the list.', 'missing-pieces' ) );

	$clean['reflections']  = ! empty( $input['reflections'] );
	$clean['offer_saving'] = ! empty( $input['offer_saving'] );

	// The areas ticked, as the widget reads them: at least three; all six is the default. A form
	// without the area boxes changes nothing about them.
	if ( isset( $input['areas_shown'] ) ) {
		$all    = array_keys( missing_pieces_areas() );
		$ticked = isset( $input['areas'] ) && is_array( $input['areas'] ) ? array_map( 'strval', wp_unslash( $input['areas'] ) ) : array();
		$areas  = array_values( array_intersect( $all, $ticked ) );
		/* translators: %d: how many areas were ticked. */
		$few = sprintf( __( 'Tick at least three areas (%d ticked): a shorter check-in still needs three.', 'missing-pieces' ), count( $areas ) );
		$keep( 'areas', count( $areas ) === count( $all ) ? array() : $areas, count( $areas ) < MISSING_PIECES_MIN_AREAS ? $few : '' );
	} else {
		$clean['areas'] = $old['areas'];
	}

	$questions = array();
	$messages  = array();
	$given     = isset( $input['questions'] ) && is_array( $input['questions'] ) ? array_values( $input['questions'] ) : array();
	for ( $n = 0; $n < MISSING_PIECES_MAX_QUESTIONS; $n++ ) {
		$question = isset( $given[ $n ] ) && is_string( $given[ $n ] ) ? sanitize_text_field( wp_unslash( $given[ $n ] ) ) : '';
		/* translators: %d: the question's number. */
		$message     = missing_pieces_check_length( $question, MISSING_PIECES_MAX_QUESTION, sprintf( __( 'Your question %d', 'missing-pieces' ), $n + 1 ) );
		$questions[] = '' === $message ? $question : ( isset( $old['questions'][ $n ] ) ? $old['questions'][ $n ] : '' );
		if ( '' !== $message ) {
			$messages[] = $message;
		}
	}
	$clean['questions'] = $questions;
	$translations       = array();
	$given              = isset( $input['question_translations'] ) && is_array( $input['question_translations'] ) ? array_values( $input['question_translations'] ) : array();
	for ( $n = 0; $n < MISSING_PIECES_MAX_QUESTIONS; $n++ ) {
		$row  = isset( $given[ $n ] ) && is_array( $given[ $n ] ) ? $given[ $n ] : array();
		$kept = array();
		foreach ( missing_pieces_languages() as $code => $name ) {
			$text = isset( $row[ $code ] ) && is_string( $row[ $code ] ) ? sanitize_text_field( wp_unslash( $row[ $code ] ) ) : '';
			/* translators: 1: the question's number, 2: a language's name. */
			$message = missing_pieces_check_length( $text, MISSING_PIECES_MAX_QUESTION, sprintf( __( 'Your question %1$d in %2$s', 'missing-pieces' ), $n + 1, $name ) );
			if ( '' !== $message ) {
				$messages[] = $message;
				$text       = isset( $old['question_translations'][ $n ][ $code ] ) ? $old['question_translations'][ $n ][ $code ] : '';
			}
			if ( '' !== $text ) {
				$kept[ $code ] = $text;
			}
		}
		$translations[] = $kept;
	}
	$clean['question_translations'] = $translations;
	if ( $messages ) {
		$errors['questions'] = implode( ' ', $messages );
	}

	$help = array();
	$rows = isset( $input['urgent_help'] ) && is_array( $input['urgent_help'] ) ? array_values( $input['urgent_help'] ) : array();
	foreach ( $rows as $i => $row ) {
		if ( ! is_array( $row ) ) {
			continue;
		}
		$number = $i + 1;
		$entry  = array();
		foreach ( array( 'name', 'phone', 'text', 'url', 'hours' ) as $part ) {
			$value = missing_pieces_field( $row, $part );
			if ( '' !== $value ) {
				$entry[ $part ] = $value;
			}
		}
		if ( empty( $entry ) ) {
			continue;
		}
		/* translators: %d: the contact's number in the list. */
		$label    = sprintf( __( 'Urgent help contact %d', 'missing-pieces' ), $number );
		$problems = array_filter(
			array(
				missing_pieces_check_length( isset( $entry['name'] ) ? $entry['name'] : '', 80, $label . ': ' . __( 'the name', 'missing-pieces' ) ),
				/* translators: %d: the contact's number in the list. */
				missing_pieces_check_phone( isset( $entry['phone'] ) ? $entry['phone'] : '', sprintf( __( 'Contact %d’s phone number', 'missing-pieces' ), $number ) ),
				missing_pieces_check_length( isset( $entry['text'] ) ? $entry['text'] : '', 120, $label . ': ' . __( 'the text message line', 'missing-pieces' ) ),
				/* translators: %d: the contact's number in the list. */
				missing_pieces_check_web_address( isset( $entry['url'] ) ? $entry['url'] : '', sprintf( __( 'Contact %d’s website', 'missing-pieces' ), $number ) ),
				missing_pieces_check_length( isset( $entry['hours'] ) ? $entry['hours'] : '', 120, $label . ': ' . __( 'the opening hours', 'missing-pieces' ) ),
			)
		);
		if ( ! isset( $entry['name'] ) ) {
			/* translators: %d: the contact's number in the list. */
			$problems[] = sprintf( __( 'Contact %d needs the service’s name, or the check-in leaves it out.', 'missing-pieces' ), $number );
		} elseif ( ! isset( $entry['phone'] ) && ! isset( $entry['text'] ) && ! isset( $entry['url'] ) ) {
			/* translators: %d: the contact's number in the list. */
			$problems[] = sprintf( __( 'Contact %d needs a phone number, a text message line or a website, so that clients can reach it; without one the check-in leaves it out.', 'missing-pieces' ), $number );
		}
		if ( $problems ) {
			// A typo in a contact saved before keeps that contact as it was, in its place: a
			// crisis number never disappears (or moves) because of a slip in an edit.
			$saved = isset( $old['urgent_help'][ $i ] ) && is_array( $old['urgent_help'][ $i ] ) ? $old['urgent_help'][ $i ] : array();
			if ( isset( $saved['name'] ) ) {
				/* translators: 1: the contact's number in the list, 2: the service's name as saved. */
				$which = sprintf( __( 'Urgent help contact %1$d (%2$s):', 'missing-pieces' ), $number, $saved['name'] );
				$kept                               = __( 'Your change was not saved: the check-in still shows this contact as it was before. Type the change again and save.', 'missing-pieces' );
				$errors[ 'urgent_help_' . $number ] = $which . ' ' . implode( ' ', $problems ) . ' ' . $kept;
				if ( count( $help ) < MISSING_PIECES_MAX_HELP ) {
					$help[] = $saved;
				}
				continue;
			}
			$errors[ 'urgent_help_' . $number ] = implode( ' ', $problems ) . ' ' . __( 'It was not saved.', 'missing-pieces' );
			continue;
		}
		if ( count( $help ) >= MISSING_PIECES_MAX_HELP ) {
			break;
		}
		$help[] = $entry;
	}
	$clean['urgent_help'] = $help;

	// WordPress runs this twice when the option is first saved; say each thing once.
	$said = wp_list_pluck( get_settings_errors( MISSING_PIECES_OPTION ), 'code' );
	foreach ( $errors as $key => $message ) {
		if ( in_array( 'missing-pieces-' . $key, $said, true ) ) {
			continue;
		}
		$kept = 0 === strpos( $key, 'urgent_help_' ) ? '' : ' ' . __( 'This setting was not changed.', 'missing-pieces' );
		add_settings_error( MISSING_PIECES_OPTION, 'missing-pieces-' . $key, $message . $kept, 'error' );
	}
	return $clean;
}

/**
 * A labelled text input for one setting.
 *
 * @param array  $settings The saved settings.
 * @param string $key      The setting.
 * @param string $label    The label.
 * @param string $hint     A line of help under the label.
 * @param string $type     The input's type.
 * @param int    $max      The most characters.
 */
function missing_pieces_text_row( $settings, $key, $label, $hint, $type = 'text', $max = 80 ) {
	$id = 'missing-pieces-' . str_replace( '_', '-', $key );
	?>
	<tr>
		<th scope="row"><label for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( $label ); ?></label></th>
		<td>
			<input type="<?php echo esc_attr( $type ); ?>" class="regular-text" id="<?php echo esc_attr( $id ); ?>"
				name="<?php echo esc_attr( MISSING_PIECES_OPTION . '[' . $key . ']' ); ?>"
				value="<?php echo esc_attr( $settings[ $key ] ); ?>" maxlength="<?php echo esc_attr( $max ); ?>"
				aria-describedby="<?php echo esc_attr( $id . '-hint' ); ?>">
			<p class="description" id="<?php echo esc_attr( $id . '-hint' ); ?>"><?php echo esc_html( $hint ); ?></p>
		</td>
	</tr>
	<?php
}

/**
 * A published post or page that shows the check-in, or null when there is none.
 *
 * @return WP_Post|null
 */
function missing_pieces_page_with_check_in() {
	foreach ( array( '[missing_pieces', 'wp:missing-pieces/check-in' ) as $needle ) {
		$found = get_posts(
			array(
				'post_type'      => 'any',
				'post_status'    => 'publish',
				's'              => $needle,
				'sentence'       => true,
				'posts_per_page' => 1,
				'no_found_rows'  => true,
			)
		);
		if ( $found ) {
			return $found[0];
		}
	}
	return null;
}

/**
 * What "Check my site" says (admin.js fills in each %s), in the page's language.
 *
 * @return array<string, string>
 */
function missing_pieces_check_messages() {
	return array(
		'checking'    => __( 'Checking…', 'missing-pieces' ),
		'allWell'     => __( 'All is well: visitors’ browsers can load and start the check-in.', 'missing-pieces' ),
		'problems'    => __( 'Something stops the check-in on your site. What to do is below.', 'missing-pieces' ),
		'filesOk'     => __( 'The check-in’s files all load.', 'missing-pieces' ),
		/* translators: 1: a file's name, 2: what the server answered, such as "404 Not Found". */
		'fileMissing' => __( 'The file %1$s could not be loaded (the server answered: %2$s).', 'missing-pieces' ),
		'filesFix'    => __( 'Without its files the check-in cannot start. Upload the plugin again: Plugins, Add New, Upload Plugin, then “Replace current with uploaded”. If the files are there, a security plugin or your web host may be blocking them.', 'missing-pieces' ),
		'wasmOk'      => __( 'The .wasm file is sent with the right type (application/wasm).', 'missing-pieces' ),
		/* translators: %s: the type the server sends, such as "application/octet-stream". */
		'wasmType'    => __( 'Your server sends the check-in’s .wasm file as “%s” instead of “application/wasm”. The check-in still works, but on a slow connection it appears a little later.', 'missing-pieces' ),
		/* translators: 1: a line for Apache's .htaccess file, 2: a line for nginx. */
		'wasmFix'     => __( 'To fix it, ask your web host to send .wasm files as application/wasm. On Apache (most shared hosts) the line %1$s in the .htaccess file of your site’s main folder does it; on nginx, the line %2$s in the types of its mime.types file. The check-in’s README, section “The .wasm file’s type”, says more.', 'missing-pieces' ),
		/* translators: %s: a page's address. */
		'cspNone'     => __( 'Your pages set no security rule (Content-Security-Policy) that stops the check-in (checked on %s).', 'missing-pieces' ),
		/* translators: %s: a page's address. */
		'cspOk'       => __( 'The security rule on your pages (Content-Security-Policy) lets the check-in start (checked on %s).', 'missing-pieces' ),
		/* translators: 1: a page's address, 2: the word the rule needs, 'wasm-unsafe-eval'. */
		'cspBlocks'   => __( 'The security rule on your pages (Content-Security-Policy, on %1$s) does not allow %2$s, so the check-in cannot start there: visitors see a message that it could not open.', 'missing-pieces' ),
		/* translators: %s: the word the rule needs, 'wasm-unsafe-eval'. */
		'cspFix'      => __( 'To fix it, add %s to the rule’s script-src, in the security plugin or setting that sets the rule, or ask your web host.', 'missing-pieces' ),
		/* translators: %s: the page's title. */
		'pageOk'      => __( 'The page “%s” has the check-in and your settings, as visitors get it.', 'missing-pieces' ),
		/* translators: %s: the page's title. */
		'pageChanged' => __( 'The page “%s” has the check-in, but the page visitors get lacks its script or its settings. A caching or optimisation plugin may have changed it: clear its cache, or leave the check-in’s files out of what it changes.', 'missing-pieces' ),
		'noPage'      => __( 'No published page shows the check-in yet, so your home page was checked.', 'missing-pieces' ),
		/* translators: %s: the error, as the browser gives it. */
		'failed'      => __( 'The check could not finish: %s', 'missing-pieces' ),
	);
}

/**
 * The settings page.
 */
function missing_pieces_render_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = missing_pieces_settings();
	$option   = MISSING_PIECES_OPTION;
	// Rows for the saved contacts and two empty ones, up to the most the check-in shows.
	$help_rows = min( MISSING_PIECES_MAX_HELP, count( $settings['urgent_help'] ) + 2 );
	?>
	<div class="wrap missing-pieces-settings">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php // WordPress shows the notices of a page under Settings by itself (options-head.php). ?>
		<p><?php esc_html_e( 'A short, private check-in your clients can do before a first session. It runs entirely in the visitor’s browser: no answer is sent to this website or anywhere else.', 'missing-pieces' ); ?></p>
		<p>
			<?php
			printf(
				/* translators: 1: the shortcode, 2: the block's name. */
				esc_html__( 'To show it on a page, add the shortcode %1$s or the block “%2$s”. Every setting is optional: leave a box empty and the check-in uses its own wording and colours.', 'missing-pieces' ),
				'<code>[missing_pieces]</code>',
				esc_html__( 'Missing Pieces check-in', 'missing-pieces' )
			);
			?>
		</p>
		<p id="missing-pieces-roles"><?php esc_html_e( 'Who can place it: anyone who can write posts or pages (contributors, authors, editors and administrators) can add the shortcode or the block. It always shows the settings on this page, which only administrators can change. A check-in written by hand into a post’s HTML shows these settings too, never settings of its own.', 'missing-pieces' ); ?></p>
		<p><?php esc_html_e( 'Other scripts on your pages (statistics, session recording, chat tools) can read what the check-in shows, what visitors type into it and what it saves in their browser. Leave such tools off the page with the check-in, or show the check-in in a frame from another web address (the iframe code in the check-in’s configurator).', 'missing-pieces' ); ?></p>
		<form method="post" action="options.php" novalidate data-option="<?php echo esc_attr( $option ); ?>"
			data-text-attributes="<?php echo esc_attr( wp_json_encode( missing_pieces_text_attributes() ) ); ?>">
			<?php settings_fields( 'missing_pieces' ); ?>
			<h2><?php esc_html_e( 'Your practice', 'missing-pieces' ); ?></h2>
			<table class="form-table" role="presentation">
				<?php missing_pieces_text_row( $settings, 'practice_name', __( 'Practice name', 'missing-pieces' ), __( 'Shown as the check-in’s title. Up to 80 characters.', 'missing-pieces' ) ); ?>
				<tr>
					<th scope="row"><label for="missing-pieces-intro"><?php esc_html_e( 'Welcome message', 'missing-pieces' ); ?></label></th>
					<td>
						<textarea class="large-text" rows="4" id="missing-pieces-intro" maxlength="400" aria-describedby="missing-pieces-intro-hint"
							name="<?php echo esc_attr( $option . '[intro]' ); ?>"><?php echo esc_textarea( $settings['intro'] ); ?></textarea>
						<p class="description" id="missing-pieces-intro-hint"><?php esc_html_e( 'A few words from you on the first screen. Line breaks are kept. Up to 400 characters.', 'missing-pieces' ); ?></p>
					</td>
				</tr>
			</table>

			<h2><?php esc_html_e( 'How clients can reach you', 'missing-pieces' ); ?></h2>
			<table class="form-table" role="presentation">
				<?php
				missing_pieces_text_row( $settings, 'contact_email', __( 'Email address', 'missing-pieces' ), __( 'One address, such as hello@your-practice.example.', 'missing-pieces' ), 'email', 254 );
				missing_pieces_text_row( $settings, 'contact_phone', __( 'Phone number', 'missing-pieces' ), __( '3 to 20 digits; spaces, dashes, dots and brackets are fine, and + at the start for an international number.', 'missing-pieces' ), 'tel', 40 );
				missing_pieces_text_row( $settings, 'booking_url', __( 'Booking page', 'missing-pieces' ), __( 'The full web address where clients book a session, starting with https://.', 'missing-pieces' ), 'url', 500 );
				?>
			</table>

			<h2><?php esc_html_e( 'Colours and language', 'missing-pieces' ); ?></h2>
			<table class="form-table" role="presentation">
				<?php
				missing_pieces_text_row( $settings, 'accent', __( 'Accent colour', 'missing-pieces' ), __( 'Buttons and highlights, with white text on them: a fairly dark colour written as # and 6 letters or digits, such as #2f6b5e. Empty: the check-in’s deep green.', 'missing-pieces' ), 'text', 7 );
				missing_pieces_text_row( $settings, 'background', __( 'Background colour', 'missing-pieces' ), __( 'Behind the check-in’s dark grey text: a light colour, such as #fffdf9. Empty: the check-in’s warm white.', 'missing-pieces' ), 'text', 7 );
				?>
				<tr>
					<th scope="row"><label for="missing-pieces-language"><?php esc_html_e( 'Language to start in', 'missing-pieces' ); ?></label></th>
					<td>
						<select id="missing-pieces-language" name="<?php echo esc_attr( $option . '[language]' ); ?>" aria-describedby="missing-pieces-language-hint">
							<?php
							$languages = array_merge( array( '' => __( 'The visitor’s browser language', 'missing-pieces' ) ), missing_pieces_languages() );
							foreach ( $languages as $code => $label ) {
								printf( '<option value="%s"%s>%s</option>', esc_attr( $code ), selected( $settings['language'], $code, false ), esc_html( $label ) );
							}
							?>
						</select>
						<p class="description" id="missing-pieces-language-hint"><?php esc_html_e( 'Visitors can always change the language in the check-in.', 'missing-pieces' ); ?></p>
					</td>
				</tr>
			</table>

			<h2 id="missing-pieces-help-title"><?php esc_html_e( 'Urgent help contacts', 'missing-pieces' ); ?></h2>
			<p id="missing-pieces-help-hint">
				<?php
				printf(
					/* translators: %d: the most contacts the check-in shows. */
					esc_html__( 'Crisis services near you, shown under “Need help now?” in this order, at most %d. Each needs a name and at least one of a phone number, a text message line or a website. An empty contact is left out; save to get more empty rows.', 'missing-pieces' ),
					(int) MISSING_PIECES_MAX_HELP
				);
				?>
			</p>
			<?php
			$parts = array(
				'name'  => array( __( 'Name of the service (needed)', 'missing-pieces' ), 'text', 80 ),
				'phone' => array( __( 'Phone number', 'missing-pieces' ), 'tel', 40 ),
				'text'  => array( __( 'Text message line', 'missing-pieces' ), 'text', 120 ),
				'url'   => array( __( 'Website', 'missing-pieces' ), 'url', 500 ),
				'hours' => array( __( 'Opening hours', 'missing-pieces' ), 'text', 120 ),
			);
			for ( $i = 0; $i < $help_rows; $i++ ) {
				$entry = isset( $settings['urgent_help'][ $i ] ) ? $settings['urgent_help'][ $i ] : array();
				?>
				<fieldset class="missing-pieces-help-row">
					<?php /* translators: %d: the contact's number in the list. */ ?>
					<legend><?php echo esc_html( sprintf( __( 'Urgent help contact %d', 'missing-pieces' ), $i + 1 ) ); ?></legend>
					<?php
					foreach ( $parts as $part => $spec ) {
						$id = 'missing-pieces-help-' . ( $i + 1 ) . '-' . $part;
						?>
						<p>
							<label for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( $spec[0] ); ?></label><br>
							<input type="<?php echo esc_attr( $spec[1] ); ?>" class="regular-text" id="<?php echo esc_attr( $id ); ?>" maxlength="<?php echo esc_attr( $spec[2] ); ?>"
								name="<?php echo esc_attr( $option . '[urgent_help][' . $i . '][' . $part . ']' ); ?>"
								value="<?php echo esc_attr( isset( $entry[ $part ] ) ? $entry[ $part ] : '' ); ?>">
						</p>
						<?php
					}
					?>
				</fieldset>
				<?php
			}
			?>

			<h2 id="missing-pieces-asks"><?php esc_html_e( 'What the check-in asks', 'missing-pieces' ); ?></h2>
			<input type="hidden" name="<?php echo esc_attr( $option . '[areas_shown]' ); ?>" value="1">
			<fieldset class="missing-pieces-areas" aria-describedby="missing-pieces-areas-hint">
				<legend><?php esc_html_e( 'Areas the check-in asks about', 'missing-pieces' ); ?></legend>
				<p class="description" id="missing-pieces-areas-hint"><?php esc_html_e( 'At least three. Fewer areas make a shorter check-in; the results tell clients which areas were left out. Whatever you choose, two questions on hope and six on strong feelings, shutting down and having too much to manage are always asked, so the check-in can still offer calm support first when things are very hard. An area left out is not scored, and its strengths are not shown.', 'missing-pieces' ); ?></p>
				<?php foreach ( missing_pieces_areas() as $area => $area_name ) : ?>
					<label><input type="checkbox" name="<?php echo esc_attr( $option . '[areas][]' ); ?>" value="<?php echo esc_attr( $area ); ?>" <?php checked( ! $settings['areas'] || in_array( $area, $settings['areas'], true ) ); ?>>
						<?php echo esc_html( $area_name ); ?></label><br>
				<?php endforeach; ?>
			</fieldset>
			<table class="form-table" role="presentation">
				<?php for ( $n = 0; $n < MISSING_PIECES_MAX_QUESTIONS; $n++ ) : ?>
					<tr>
						<?php /* translators: %d: the question's number. */ ?>
						<th scope="row"><label for="<?php echo esc_attr( 'missing-pieces-question-' . ( $n + 1 ) ); ?>"><?php echo esc_html( sprintf( __( 'Your question %d', 'missing-pieces' ), $n + 1 ) ); ?></label></th>
						<td>
							<input type="text" class="large-text" id="<?php echo esc_attr( 'missing-pieces-question-' . ( $n + 1 ) ); ?>"
								name="<?php echo esc_attr( $option . '[questions][' . $n . ']' ); ?>"
								value="<?php echo esc_attr( isset( $settings['questions'][ $n ] ) ? $settings['questions'][ $n ] : '' ); ?>"
								maxlength="<?php echo esc_attr( MISSING_PIECES_MAX_QUESTION ); ?>" aria-describedby="missing-pieces-questions-hint">
							<?php $written = isset( $settings['question_translations'][ $n ] ) ? (array) $settings['question_translations'][ $n ] : array(); ?>
							<details class="missing-pieces-translations"<?php echo esc_attr( $written ? ' open' : '' ); ?>>
								<?php /* translators: %d: the question's number. */ ?>
								<summary><?php echo esc_html( sprintf( __( 'Question %d in other languages (optional)', 'missing-pieces' ), $n + 1 ) ); ?></summary>
								<?php
								foreach ( missing_pieces_languages() as $code => $name ) :
									$id = 'missing-pieces-question-' . ( $n + 1 ) . '-' . $code;
									?>
									<p>
										<?php /* translators: %s: a language's name. */ ?>
										<label for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( sprintf( __( 'In %s', 'missing-pieces' ), $name ) ); ?></label><br>
										<input type="text" class="large-text" id="<?php echo esc_attr( $id ); ?>" dir="auto" lang="<?php echo esc_attr( $code ); ?>"
											name="<?php echo esc_attr( $option . '[question_translations][' . $n . '][' . $code . ']' ); ?>"
											value="<?php echo esc_attr( isset( $written[ $code ] ) ? $written[ $code ] : '' ); ?>"
											maxlength="<?php echo esc_attr( MISSING_PIECES_MAX_QUESTION ); ?>">
									</p>
								<?php endforeach; ?>
							</details>
						</td>
					</tr>
				<?php endfor; ?>
			</table>
			<p class="description" id="missing-pieces-questions-hint"><?php esc_html_e( 'Up to three questions of your own, asked after the check-in’s own reflection questions. A question is asked as you write it in every language, unless you write it in that language too. Clients can leave them blank; their answers are in what they choose to bring or send you. Up to 200 characters each.', 'missing-pieces' ); ?></p>

			<h2><?php esc_html_e( 'Optional parts of the check-in', 'missing-pieces' ); ?></h2>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Reflections step', 'missing-pieces' ); ?></th>
					<td>
						<label><input type="checkbox" name="<?php echo esc_attr( $option . '[reflections]' ); ?>" value="1" <?php checked( $settings['reflections'] ); ?>>
							<?php esc_html_e( 'Show the step where clients write a few words of their own', 'missing-pieces' ); ?></label>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Saving', 'missing-pieces' ); ?></th>
					<td>
						<label><input type="checkbox" name="<?php echo esc_attr( $option . '[offer_saving]' ); ?>" value="1" <?php checked( $settings['offer_saving'] ); ?>>
							<?php esc_html_e( 'Offer to save progress on the client’s own device', 'missing-pieces' ); ?></label>
					</td>
				</tr>
			</table>
			<p>
				<?php
				printf(
					/* translators: %s: the shortcode with a widget id. */
					esc_html__( 'Two check-ins on one page keep their answers apart by themselves. To give one its own name, which keeps its saved answers when you move it, write %s (letters, digits, - and _).', 'missing-pieces' ),
					'<code>[missing_pieces widget_id="second"]</code>'
				);
				?>
			</p>
			<?php submit_button(); ?>
		</form>

		<h2 id="missing-pieces-preview-title"><?php esc_html_e( 'Preview', 'missing-pieces' ); ?></h2>
		<p><?php esc_html_e( 'This is the check-in as your clients will see it with the settings above. It changes as you type; press Save Changes to keep them. If a setting cannot be used, a “Note for the site owner” at its top says why, in the check-in’s own words. Only you see these notes, here: your clients see the check-in working without that setting.', 'missing-pieces' ); ?></p>
		<p id="missing-pieces-preview-status" role="status"><?php esc_html_e( 'Loading the preview…', 'missing-pieces' ); ?></p>
		<div class="missing-pieces-preview" id="missing-pieces-preview" role="region" aria-labelledby="missing-pieces-preview-title"
			data-failed="<?php esc_attr_e( 'The preview could not start in this browser. The settings still work on your pages.', 'missing-pieces' ); ?>"></div>

		<?php $page = missing_pieces_page_with_check_in(); ?>
		<h2 id="missing-pieces-check-title"><?php esc_html_e( 'Check my site', 'missing-pieces' ); ?></h2>
		<div class="missing-pieces-check" role="region" aria-labelledby="missing-pieces-check-title"
			data-widget="<?php echo esc_url( plugins_url( 'widget/', MISSING_PIECES_FILE ) ); ?>"
			data-page="<?php echo esc_url( $page ? get_permalink( $page ) : home_url( '/' ) ); ?>"
			data-page-title="<?php echo esc_attr( $page ? get_the_title( $page ) : '' ); ?>"
			data-messages="<?php echo esc_attr( wp_json_encode( missing_pieces_check_messages() ) ); ?>">
			<p><?php esc_html_e( 'Loads the check-in’s files and your page the way a visitor’s browser does, and says plainly if anything on your site stops the check-in: missing files, the wrong type for its .wasm file, or a security rule that blocks it. Nothing is changed, and nothing is sent beyond your site.', 'missing-pieces' ); ?></p>
			<p><button type="button" class="button" id="missing-pieces-check" disabled><?php esc_html_e( 'Check my site', 'missing-pieces' ); ?></button></p>
			<p id="missing-pieces-check-summary" role="status"></p>
			<ul id="missing-pieces-check-results" class="missing-pieces-check-results"></ul>
		</div>
	</div>
	<?php
}
