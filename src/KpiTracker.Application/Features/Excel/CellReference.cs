namespace KpiTracker.Application.Features.Excel;

/// <summary>
/// A cell reference as a worksheet writes it: one to three capital letters (A to XFD) and a row number from 1 to 1,048,576
/// without a leading zero (<c>A1</c>, <c>S36</c>). Anything else (<c>A0</c>, <c>1A</c>, <c>ZZZZ1</c>, <c>a1</c>, <c>$A$1</c>, <c>A01</c>)
/// is malformed: every spreadsheet program writes capitals, and a reader that guessed at a lower-case or shifted reference
/// could place a value in another column than the check saw.
/// </summary>
internal static class CellReference
{
    public const int MaxColumn = 16_384;
    public const int MaxRow = 1_048_576;

    public static bool TryParse(ReadOnlySpan<char> text, out int column, out int row)
    {
        (column, row) = (0, 0);
        var letters = 0;
        while (letters < text.Length && letters < 3 && char.IsAsciiLetterUpper(text[letters]))
        {
            column = (column * 26) + (text[letters] - 'A' + 1);
            letters++;
        }

        return letters > 0 && column <= MaxColumn && TryParseRow(text[letters..], out row);
    }

    /// <summary>A row number: digits only, no leading zero, 1 to <see cref="MaxRow"/>.</summary>
    public static bool TryParseRow(ReadOnlySpan<char> text, out int row)
    {
        row = 0;
        if (text.Length is 0 or > 7 || text[0] == '0')
        {
            return false;
        }

        foreach (var digit in text)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return false;
            }

            row = (row * 10) + (digit - '0');
        }

        return row <= MaxRow;
    }

    /// <summary>The letters of a 1-based column number (20 → T).</summary>
    public static string Letters(int column)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            letters = (char)('A' + ((column - 1) % 26)) + letters;
        }

        return letters;
    }
}
