namespace KpiTracker.Reports.Text;

/// <summary>Initialises icu.net over the system ICU (Debian's libicu72) exactly once per process.</summary>
internal static class IcuRuntime
{
    private static readonly Lazy<bool> Initialised = new(() =>
    {
        Icu.Wrapper.Init();
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureInitialised() => _ = Initialised.Value;
}
