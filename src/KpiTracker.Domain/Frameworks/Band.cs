namespace KpiTracker.Domain.Frameworks;

/// <summary>A performance band of an edition: a rounded score at or above <see cref="MinScore"/> (and below the band above) falls in it.</summary>
public sealed class Band
{
    private Band()
    {
    }

    public Guid Id { get; private set; }
    public Guid EditionId { get; private set; }
    public string Code { get; private set; } = "";
    public int Order { get; private set; }
    public string NameAr { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public decimal MinScore { get; private set; }

    internal static Band Create(Guid editionId, int order, BandSpec spec) => new()
    {
        Id = Guid.NewGuid(),
        EditionId = editionId,
        Order = order,
        Code = spec.Code,
        NameAr = spec.NameAr,
        NameEn = spec.NameEn,
        MinScore = spec.MinScore,
    };
}

public sealed record BandSpec(string Code, string NameAr, string NameEn, decimal MinScore);
