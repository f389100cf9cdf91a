using System.Reflection;
using System.Runtime.InteropServices;

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

    // The fonts are not copied: an embedded resource of an assembly loaded from a file is part of the assembly's mapped image,
    // which stays mapped for the life of the process (assemblies of the default load context are never unloaded), so Skia and
    // HarfBuzz read the glyphs straight from it, and only the pages of glyphs actually drawn are ever read in. Copying them
    // kept each font twice (a pinned managed array for HarfBuzz and a native copy for Skia, 3.3 MB in all) plus the pages of
    // the image touched while copying.
    private static unsafe FontFace Read(string name)
    {
        var resource = $"KpiTracker.Reports.Fonts.{name}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font resource {resource} is missing from the assembly.");
        if (stream is UnmanagedMemoryStream mapped)
        {
            return new FontFace(name, (IntPtr)mapped.PositionPointer, checked((int)mapped.Length));
        }

        // An assembly loaded from bytes hands out a copy; keep one native copy for the life of the process.
        var length = checked((int)stream.Length);
        var copy = (byte*)NativeMemory.Alloc((nuint)length);
        stream.ReadExactly(new Span<byte>(copy, length));
        return new FontFace(name, (IntPtr)copy, length);
    }
}
