namespace KpiTracker.Application.Features.Scoring.GetNextBand;

/// <summary>The gap to the next band, the suggested plan, and for each indicator the value that alone would reach it and its headroom.</summary>
public sealed record NextBandQuery(int Year, string Governorate) : IQuery<Result<NextBandDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ScorecardRead, Governorate);
}

internal sealed class NextBandHandler(AppDbContext db, EditionModels editions) : IQueryHandler<NextBandQuery, Result<NextBandDto>>
{
    public async ValueTask<Result<NextBandDto>> Handle(NextBandQuery query, CancellationToken cancellationToken) =>
        await WhatIfInputs.LoadAsync(db, editions, query.Year, query.Governorate, cancellationToken) is { } loaded
            ? Result<NextBandDto>.Success(WhatIfInputs.NextBand(query.Year, query.Governorate, loaded.Edition, loaded.Inputs))
            : AppError.NotFound("scorecard.not_found");
}
