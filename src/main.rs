fn main() {
    // Nothing to do at start: boot.js calls `mount::start` with the settings file's text.
}
