using System.Net;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Infrastructure;
using static KpiTracker.IntegrationTests.Features.Excel.HostileWorkbooks;

namespace KpiTracker.IntegrationTests.Features.Excel;

/// <summary>Workbooks whose sheet is shaped to cost the server (cells at column XFD, a lying dimension) or to mislead the reader (malformed references).</summary>
public sealed class ImportTemplateShapeTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Governorate = "OM-BS";
    private static readonly string TemplateUrl = $"/api/cycles/{CollectionSetup.Year}/template/{Governorate}";

    private HttpClient _owner = null!;

    public static TheoryData<string, string, string> Oversized => new()
    {
        // A few kilobytes that name column XFD on every row: the reader would build 300 rows of 16,384 cells.
        { "A1:XFD301", RowsReachingXfd(300), "excel.sheet.too_wide" },
        // Cells inside the template, but a dimension that claims the whole sheet.
        { "A1:XFD1048576", $"""<row r="2">{Text("A2", "LSP-01")}</row>""", "excel.sheet.too_wide" },
        { "A1:T2", $"""<row r="2">{Text("A2", "LSP-01")}<c r="U2"><v>1</v></c></row>""", "excel.sheet.too_wide" },
        { "A1:B5000", $"""<row r="5000">{Text("A5000", "LSP-01")}</row>""", "excel.too_many_rows" },
    };

    public static TheoryData<string> Malformed => new()
    {
        $"""<row r="2"><c r="A0"><v>1</v></c></row>""",
        $"""<row r="2"><c r="1A"><v>1</v></c></row>""",
        $"""<row r="2"><c r="ZZZZ2"><v>1</v></c></row>""",
        $"""<row r="2">{Text("a2", "LSP-01")}</row>""",
        $"""<row r="2">{Text("A02", "LSP-01")}</row>""",
        // A reference that names another row than the one it stands in, and cells out of order.
        $"""<row r="2">{Text("A3", "LSP-01")}</row>""",
        $"""<row r="2"><c r="B2"><v>1</v></c>{Text("A2", "LSP-01")}</row>""",
        $"""<row r="3">{Text("A3", "LSP-01")}</row><row r="2">{Text("A2", "LSP-02")}</row>""",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CollectionSetup.OpenCycleAsync(Fixture, Governorate);
        var owner = await Fixture.Users.CreateAsync("owner.lsp", (Role.IndicatorOwner, Governorate, "LSP-01"), (Role.IndicatorOwner, Governorate, "LSP-02"));
        _owner = await Fixture.Users.ClientForAsync(owner, "en");
    }

    [Theory]
    [MemberData(nameof(Oversized))]
    public async Task A_sheet_beyond_the_template_columns_or_row_limit_is_refused_before_rows_are_built(string dimension, string rows, string code)
    {
        var workbook = Sheet(dimension, rows);
        Assert.True(workbook.Length < 16 * 1024, $"{workbook.Length} bytes");

        var response = await ExcelFiles.PostAsync(_owner, TemplateUrl, workbook);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([code], await EvidenceApi.FieldCodesAsync(response, "file"));
        var check = await ExcelFiles.PostAsync(_owner, $"{TemplateUrl}/errors.xlsx", workbook);
        Assert.Equal([code], await EvidenceApi.FieldCodesAsync(check, "file"));
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_or_misplaced_cell_reference_is_refused(string rows)
    {
        var response = await ExcelFiles.PostAsync(_owner, TemplateUrl, Sheet("A1:B3", rows));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["excel.cell.invalid"], await EvidenceApi.FieldCodesAsync(response, "file"));
    }

    [Fact]
    public async Task A_well_formed_hand_written_sheet_is_read()
    {
        var rows = $"""<row r="2">{Text("A2", "LSP-01")}<c r="B2"><v>1</v></c></row><row>{Text("A3", "LSP-02")}</row>""";

        var response = await ExcelFiles.PostAsync(_owner, $"{TemplateUrl}/errors.xlsx", Sheet("A1:B3", rows));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
