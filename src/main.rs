fn main() {
    missing_pieces::mount::on_load();
}
