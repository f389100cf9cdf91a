namespace KpiTracker.Domain.Quality;

/// <summary>The five components of the data quality index (each 0–100, higher is better) at full precision; <see cref="Index"/> is their mean.</summary>
public sealed record DataQualityComponents(decimal Completeness, decimal Timeliness, decimal FirstPassAcceptance, decimal EvidenceReviewed, decimal ItemsWithoutOpenFlags)
{
    public decimal Index => DataQualityIndex.Compute(Completeness, Timeliness, FirstPassAcceptance, EvidenceReviewed, ItemsWithoutOpenFlags);
}
