namespace KpiTracker.Application.Features.Scoring;

/// <summary>Tells the job runner that score requests are waiting (implemented over Hangfire in Jobs/).</summary>
public interface IScoreSignal
{
    void RequestsPending();

    /// <summary>Outlier-scan requests are waiting (a submission burst).</summary>
    void ScansPending();
}
