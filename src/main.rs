fn main() {
    missing_pieces::edge::mount_soon();
}
