fn main() {
    ringlock::start();
}
