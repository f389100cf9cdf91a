namespace KpiTracker.Domain.Improvement;

/// <summary>
/// Where a governorate's commitment for a cycle stands (DOMAIN section 8): proposed by the governorate reviewer, returned or
/// approved by the central team, locked when the cycle it is for opens.
/// </summary>
public enum CommitmentStatus
{
    Proposed,

    /// <summary>Sent back by the central team with a reason; the reviewer proposes again.</summary>
    Returned,
    Approved,

    /// <summary>Approved and the cycle it is for has opened: it no longer changes.</summary>
    Locked,
}

/// <summary>Whether the value reported in the cycle a commitment is for reaches it.</summary>
public enum CommitmentMet
{
    Yes,
    No,

    /// <summary>The indicator is N/A or has no accepted value in that cycle.</summary>
    NotMeasurable,
}
