<?php
/**
 * What the block's editor script needs: WordPress's own packages only, no build step.
 *
 * @package MissingPieces
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '0.1.0',
);
