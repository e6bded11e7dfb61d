fn main() {
    let p = size_reports::probe::Probes::new();
    p.ensure_llvm_lines().unwrap();
    let f = size_reports::probe::family(&std::env::args().nth(1).unwrap()).unwrap();
    let t = std::time::Instant::now();
    let r = p.measure_family(f, &[1, 32], true).unwrap();
    eprintln!("{:?} {:?}", r.skipped, t.elapsed());
}
