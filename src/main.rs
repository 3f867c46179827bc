fn main() {
    missing_pieces::mount::mount_soon();
}
