//! Jobs run on the machine's cores, their results in the jobs' order whatever thread ran them.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The most threads [`run_ordered`] uses.
const MAX_THREADS: usize = 8;

/// Runs `work` on each of `jobs` on as many threads as there are cores (this one included),
/// each thread taking the next job left. A thread makes its own state with `init` first (the
/// emitters' tokens are not `Send`, so each thread builds its own). The results are in the
/// order of `jobs`: the output does not depend on the threads.
pub(super) fn run_ordered<J, S, R>(jobs: &[J], init: impl Fn() -> S + Sync, work: impl Fn(&S, &J) -> R + Sync) -> Vec<R>
where
    J: Sync,
    R: Send,
{
    let next = AtomicUsize::new(0);
    let worker = || {
        let state = init();
        let mut done = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = jobs.get(index) else { break };
            done.push((index, work(&state, job)));
        }
        done
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, MAX_THREADS).min(jobs.len());
    let mut done = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads)
            .filter_map(|_| std::thread::Builder::new().name("emit".into()).spawn_scoped(scope, worker).ok())
            .collect();
        // No thread to be had: this one does all the jobs.
        let mut done = worker();
        for helper in helpers {
            done.extend(helper.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        done
    });
    done.sort_by_key(|(index, _)| *index);
    done.into_iter().map(|(_, result)| result).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_follow_the_jobs_order() {
        let jobs: Vec<usize> = (0..100).collect();
        let squares = run_ordered(&jobs, || 2, |exponent, n| n.pow(*exponent));
        assert_eq!(squares, jobs.iter().map(|n| n * n).collect::<Vec<_>>());
        assert!(run_ordered(&[] as &[usize], || (), |(), n| *n).is_empty());
    }
}
