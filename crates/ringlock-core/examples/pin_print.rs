fn main() {
    for (run, _) in ringlock_core::lock::PINS {
        println!("{:?} {:#018x}", run, run.run());
    }
}
