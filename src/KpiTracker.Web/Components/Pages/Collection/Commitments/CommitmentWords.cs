using KpiTracker.Domain.Common;
using KpiTracker.Domain.Improvement;
using KpiTracker.Reports.Words;
using Microsoft.Extensions.Localization;

namespace KpiTracker.Web.Components.Pages.Collection.Commitments;

/// <summary>A commitment's status in words: "returned" and "locked" are the shared terms an item's states use too.</summary>
internal static class CommitmentWords
{
    public static string Status(IStringLocalizer<Work> w, CommitmentStatus status) => status is CommitmentStatus.Returned or CommitmentStatus.Locked
        ? Terms.Get("state." + status.ToCode())
        : w["Commitments.State." + status.ToCode()];
}
