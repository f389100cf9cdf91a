using System.Runtime.InteropServices;

namespace KpiTracker.Reports.Text;

/// <summary>
/// Cuts a font down to the glyphs a document uses, with HarfBuzz's subsetter (exported by the HarfBuzzSharp native
/// library, not wrapped by its managed API). Glyph ids are kept, so shaping results stay valid for the subset.
/// </summary>
/// <remarks>
/// Skia's PDF backend in SkiaSharp embeds whole fonts (it is built without a subsetter) while naming them as
/// subsets; embedding 1.7 MB of fonts made every PDF large and slow to compress.
/// </remarks>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const uint NoHinting = 0x1;
    private const uint RetainGlyphIds = 0x2;

    public static byte[]? Subset(FontFace face, IEnumerable<ushort> glyphs, IEnumerable<int> codepoints)
    {
        var input = CreateInput();
        if (input == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            var glyphSet = GlyphSet(input);
            foreach (var glyph in glyphs)
            {
                SetAdd(glyphSet, glyph);
            }

            var unicodeSet = UnicodeSet(input);
            foreach (var codepoint in codepoints)
            {
                SetAdd(unicodeSet, (uint)codepoint);
            }

            SetFlags(input, NoHinting | RetainGlyphIds);
            var subset = SubsetOrFail(face.HarfBuzzFace.Handle, input);
            if (subset == IntPtr.Zero)
            {
                return null;
            }

            var blob = ReferenceBlob(subset);
            try
            {
                var data = BlobData(blob, out var length);
                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                return bytes;
            }
            finally
            {
                BlobDestroy(blob);
                FaceDestroy(subset);
            }
        }
        finally
        {
            InputDestroy(input);
        }
    }

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    private static partial IntPtr CreateInput();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    private static partial void InputDestroy(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_glyph_set")]
    private static partial IntPtr GlyphSet(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_unicode_set")]
    private static partial IntPtr UnicodeSet(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    private static partial void SetFlags(IntPtr input, uint flags);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    private static partial void SetAdd(IntPtr set, uint codepoint);

    [LibraryImport(Library, EntryPoint = "hb_subset_or_fail")]
    private static partial IntPtr SubsetOrFail(IntPtr face, IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    private static partial IntPtr ReferenceBlob(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    private static partial IntPtr BlobData(IntPtr blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    private static partial void BlobDestroy(IntPtr blob);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    private static partial void FaceDestroy(IntPtr face);
}
