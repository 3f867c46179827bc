<?php
/**
 * Removes everything the plugin stored in WordPress (its one option) when it is deleted.
 * Answers were never stored here: they stay in each visitor's own browser.
 *
 * @package MissingPieces
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'missing_pieces_settings' );
delete_site_option( 'missing_pieces_settings' );
