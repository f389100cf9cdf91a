using KpiTracker.Application.Data.Scoring;

namespace KpiTracker.Application.Features.Scoring;

public enum RunOutcome
{
    /// <summary>A new run was written and is now the latest.</summary>
    Written,

    /// <summary>The latest run was computed from the same inputs; nothing was written.</summary>
    Unchanged,
}

/// <summary>Why a run was written: what the latest run lacked against a fresh computation.</summary>
public enum RunDifference
{
    /// <summary>Nothing: the latest run was kept.</summary>
    None,

    /// <summary>A forced run ("score now", a rescore): written whatever the latest run held.</summary>
    Forced,

    /// <summary>The governorate had no run in the cycle.</summary>
    NoRun,

    /// <summary>The inputs (or the engine version) changed since the latest run.</summary>
    InputsChanged,

    /// <summary>The same inputs gave other numbers: the engine changed without a version bump, or a stored run was altered.</summary>
    NumbersDiffered,
}

/// <summary>The latest run after scoring, whether it was written, and why.</summary>
public sealed record ScoreResult(ScoreRun Run, RunOutcome Outcome, RunDifference Difference)
{
    public void Deconstruct(out ScoreRun run, out RunOutcome outcome)
    {
        run = Run;
        outcome = Outcome;
    }
}
