fn main() {
    leadership_radar::start();
}
