namespace KpiTracker.Domain.Common;

/// <summary>The digits a user reads and types numbers in (docs/NUMBERS.md): Latin (0–9, the default) or Arabic-Indic (٠–٩).</summary>
public enum Digits
{
    Latin,
    ArabicIndic,
}
