using System.Text.Json.Serialization;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Commitments.GetCommitmentsMet;

/// <summary>One locked commitment and what the cycle reported: met, not met, or not measurable (N/A, or no accepted value yet).</summary>
public sealed record CommitmentMetDto(
    string Indicator,
    string Name,
    decimal Commitment,
    decimal? Reported,
    [property: JsonConverter(typeof(CodeJsonConverter<CommitmentMet>))] CommitmentMet Met);

/// <summary>The commitments a governorate locked for cycle <see cref="Year"/>, each with whether it was met.</summary>
public sealed record CommitmentsMetDto(int Year, string Governorate, IReadOnlyList<CommitmentMetDto> Items)
{
    public int MetCount => Items.Count(i => i.Met == CommitmentMet.Yes);

    public int MeasurableCount => Items.Count(i => i.Met != CommitmentMet.NotMeasurable);
}

/// <summary>"Commitment met" per indicator on the scorecard of cycle <see cref="Year"/> (the cycle the commitments were for).</summary>
public sealed record GetCommitmentsMetQuery(int Year, string Governorate) : IQuery<Result<CommitmentsMetDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ScorecardRead, Governorate);
}

internal sealed class GetCommitmentsMetHandler(AppDbContext db) : IQueryHandler<GetCommitmentsMetQuery, Result<CommitmentsMetDto>>
{
    private static readonly SubmissionState[] Counted = [SubmissionState.Accepted, SubmissionState.Verified, SubmissionState.Locked];

    public async ValueTask<Result<CommitmentsMetDto>> Handle(GetCommitmentsMetQuery query, CancellationToken cancellationToken)
    {
        var (scope, error) = await CommitmentScope.LoadAsync(db, query.Year, query.Governorate, cancellationToken);
        if (scope is null)
        {
            return error!;
        }

        var locked = await db.Commitments.AsNoTracking()
            .Where(c => c.Year == query.Year && c.OrgUnitCode == query.Governorate && c.Status == CommitmentStatus.Locked)
            .ToDictionaryAsync(c => c.IndicatorCode, StringComparer.Ordinal, cancellationToken);
        var reported = await (from s in db.Submissions.AsNoTracking()
                              join r in db.Revisions.AsNoTracking() on new { Id = s.Id, Number = s.CurrentRevision } equals new { Id = r.SubmissionId, r.Number }
                              where s.CycleId == scope.Cycle.Id && s.OrgUnitCode == query.Governorate && Counted.Contains(s.State) && r.Value != null
                              select new { s.IndicatorCode, r.Value })
            .ToDictionaryAsync(v => v.IndicatorCode, v => v.Value, StringComparer.Ordinal, cancellationToken);
        var items = scope.Indicators.Where(i => locked.ContainsKey(i.Code)).Select(i =>
        {
            var value = reported.GetValueOrDefault(i.Code);
            return new CommitmentMetDto(i.Code, CommitmentScope.Name(i), locked[i.Code].Value, value, Commitment.MetBy(Betterness.Of(i), locked[i.Code].Value, value));
        });
        return new CommitmentsMetDto(query.Year, query.Governorate, [.. items]);
    }
}
