//! Work spread over the machine's cores with scoped standard-library threads (no thread pool to
//! configure, no global state). Where the platform reports no parallelism (WebAssembly, whose
//! `available_parallelism` is an error and where a thread cannot be spawned), the same code runs
//! on the calling thread.

/// Maps `f` over `items`, keeping their order, on up to `available_parallelism` threads, each
/// taking a contiguous chunk.
///
/// `f` must not panic; if it does, the panic propagates to the caller after all threads end.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Below a few items per thread, spawning costs more than it saves.
    if threads < 2 || items.len() < 2 * threads {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|c| s.spawn(move || c.iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_order() {
        let v: Vec<u32> = (0..1000).collect();
        assert_eq!(
            super::map(&v, |x| x * 2),
            v.iter().map(|x| x * 2).collect::<Vec<_>>()
        );
        assert!(super::map(&[] as &[u8], |x| *x).is_empty());
    }
}
