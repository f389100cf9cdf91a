namespace KpiTracker.Application.Features.Frameworks.DefaultEdition;

/// <summary>The default edition (IIS-2024) as shipped in iis-2024.json beside this file, embedded in the assembly.</summary>
public static class DefaultEditionFile
{
    public const string Code = "IIS-2024";

    public static string Read()
    {
        using var stream = typeof(DefaultEditionFile).Assembly.GetManifestResourceStream("KpiTracker.DefaultEdition.iis-2024.json")
            ?? throw new InvalidOperationException("The default edition is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
