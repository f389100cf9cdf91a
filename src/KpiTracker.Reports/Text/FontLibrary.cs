using System.Reflection;

namespace KpiTracker.Reports.Text;

/// <summary>
/// The four fonts shipped inside this assembly (Noto Naskh Arabic and Noto Sans, regular and bold), loaded once per
/// process from the embedded resources; system fonts are never consulted.
/// </summary>
internal static class FontLibrary
{
    private static readonly Lazy<FontFace[]> Faces = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static FontFace NaskhRegular => Faces.Value[0];

    public static FontFace NaskhBold => Faces.Value[1];

    public static FontFace SansRegular => Faces.Value[2];

    public static FontFace SansBold => Faces.Value[3];

    public static FontFace Arabic(bool bold) => bold ? NaskhBold : NaskhRegular;

    public static FontFace Latin(bool bold) => bold ? SansBold : SansRegular;

    public static IEnumerable<FontFace> All => Faces.Value;

    private static FontFace[] Load() =>
    [
        Read("NotoNaskhArabic-Regular"),
        Read("NotoNaskhArabic-Bold"),
        Read("NotoSans-Regular"),
        Read("NotoSans-Bold"),
    ];

    private static FontFace Read(string name)
    {
        var resource = $"KpiTracker.Reports.Fonts.{name}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font resource {resource} is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new FontFace(name, buffer.ToArray());
    }
}
