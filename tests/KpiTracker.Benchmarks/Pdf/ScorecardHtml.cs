using System.Globalization;
using System.Net;
using System.Text;
using KpiTracker.Reports.Documents;

namespace KpiTracker.Benchmarks.Pdf;

/// <summary>
/// The same scorecard as HTML for Chromium to print: the same sections in the same order (header block, overall, the criteria
/// bar chart against the national median as inline SVG, the criteria table, the 35-indicator table grouped by criterion with a
/// repeating header, the data-quality panel, the notes), right to left in Arabic, A4 portrait, and the same Noto fonts served
/// by <see cref="FontServer"/> (never system fonts). Chromium prints no "page x of y" footer, which only spares it work.
/// </summary>
public static class ScorecardHtml
{
    public static string Render(ScorecardModel model, string fontBase)
    {
        var ar = model.Language == ReportLanguage.Arabic;
        var inv = CultureInfo.InvariantCulture;
        string N(decimal? v) => v is { } d ? Math.Round(d, 1, MidpointRounding.AwayFromZero).ToString("0.0", inv) : "<span class=na>—</span>";
        string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var h = new StringBuilder(40_000);
        h.Append(inv, $$"""
            <!DOCTYPE html><html lang="{{(ar ? "ar" : "en")}}" dir="{{(ar ? "rtl" : "ltr")}}"><head><meta charset="utf-8">
            <link rel="preload" href="{{fontBase}}/NotoNaskhArabic-Regular.ttf" as="font" crossorigin>
            <link rel="preload" href="{{fontBase}}/NotoNaskhArabic-Bold.ttf" as="font" crossorigin>
            <link rel="preload" href="{{fontBase}}/NotoSans-Regular.ttf" as="font" crossorigin>
            <link rel="preload" href="{{fontBase}}/NotoSans-Bold.ttf" as="font" crossorigin>
            <style>
            @font-face{font-family:Naskh;src:url({{fontBase}}/NotoNaskhArabic-Regular.ttf);font-weight:400}
            @font-face{font-family:Naskh;src:url({{fontBase}}/NotoNaskhArabic-Bold.ttf);font-weight:700}
            @font-face{font-family:NSans;src:url({{fontBase}}/NotoSans-Regular.ttf);font-weight:400}
            @font-face{font-family:NSans;src:url({{fontBase}}/NotoSans-Bold.ttf);font-weight:700}
            @page{size:A4 portrait;margin:14mm}
            body{font-family:{{(ar ? "Naskh,NSans" : "NSans,Naskh")}};font-size:9pt;color:#1f2933;margin:0}
            header{border-bottom:2px solid #0b5d5e;padding-bottom:6px;margin-bottom:10px;display:flex;justify-content:space-between}
            h1{font-size:16pt;margin:0;color:#0b5d5e} h2{font-size:11pt;margin:12px 0 6px;color:#0b5d5e}
            .meta{font-size:8pt;color:#52606d} .overall{display:flex;gap:12px;align-items:center;background:#f0f4f8;padding:10px;border-radius:4px}
            .big{font-size:28pt;font-weight:700} table{width:100%;border-collapse:collapse} thead{display:table-header-group}
            th{background:#0b5d5e;color:#fff;font-weight:700;padding:3px 4px;text-align:start} td{border-bottom:1px solid #d9e2ec;padding:3px 4px}
            tr{break-inside:avoid} .group td{background:#e6f0f0;font-weight:700} .na{color:#9aa5b1}
            .light{display:inline-block;width:9px;height:9px;border-radius:50%} .Green{background:#2f9e44} .Amber{background:#f08c00} .Red{background:#e03131} .Grey{background:#adb5bd}
            .pb{break-before:page} .panel{display:flex;gap:16px;border:1px solid #d9e2ec;padding:8px;margin-top:10px}
            </style></head><body>
            <header><div><h1>{{E(ar ? "بطاقة الأداء المؤسسي" : "Institutional performance scorecard")}}</h1>
            <div>{{E(model.Governorate.Name)}} · {{model.CycleYear}} · {{E(model.Edition.Name)}} ({{E(model.Edition.Code)}})</div></div>
            <div class="meta">{{E(model.Kind == ScoreKind.Final ? (ar ? "نهائي" : "Final") : (ar ? "مبدئي" : "Provisional"))}}<br>{{model.GeneratedAt.ToOffset(TimeSpan.FromHours(4)).ToString("yyyy-MM-dd HH:mm", inv)}}<br><span dir="ltr">{{model.InputHash[..16]}}</span></div></header>
            <section class="overall"><div class="big">{{N(model.Overall.Score)}}</div><div>{{E(model.Overall.BandName)}}<br>
            {{E(ar ? "الترتيب" : "Rank")}} {{model.Overall.Rank}} / {{model.Overall.RankOf}} · Δ {{N(model.Overall.Delta)}} · {{E(ar ? "التغطية" : "Coverage")}} {{(model.Overall.Coverage is { } coverage ? Math.Round(coverage * 100, 1).ToString("0.0", inv) + "%" : "—")}}</div></section>
            <h2>{{E(ar ? "المعايير مقارنة بالوسيط الوطني" : "Criteria against the national median")}}</h2>
            <svg width="100%" height="190" viewBox="0 0 700 190" xmlns="http://www.w3.org/2000/svg">
            """);
        for (var c = 0; c < model.Criteria.Count; c++)
        {
            var cr = model.Criteria[c];
            var x = ar ? 620 - (c * 95) : 30 + (c * 95);
            var score = (double)(cr.Score ?? 0);
            var median = (double)(cr.NationalMedian ?? 0);
            h.Append(inv, $"""<rect x="{x}" y="{160 - (score * 1.4):0.0}" width="30" height="{score * 1.4:0.0}" fill="#0b5d5e"/>""");
            h.Append(inv, $"""<rect x="{x + 34}" y="{160 - (median * 1.4):0.0}" width="30" height="{median * 1.4:0.0}" fill="#9fb3c8"/>""");
            h.Append(inv, $"""<text x="{x + 32}" y="178" font-size="10" text-anchor="middle">{cr.Code}</text>""");
        }

        h.Append(inv, $"""
            <line x1="20" y1="160" x2="690" y2="160" stroke="#52606d"/></svg>
            <h2>{E(ar ? "المعايير" : "Criteria")}</h2><table><thead><tr><th>{E(ar ? "المعيار" : "Criterion")}</th><th>{E(ar ? "الدرجة" : "Score")}</th><th>{E(ar ? "الفئة" : "Band")}</th><th>{E(ar ? "الوسيط الوطني" : "National median")}</th><th>Δ</th></tr></thead><tbody>
            """);
        foreach (var cr in model.Criteria)
        {
            h.Append(inv, $"<tr><td>{E(cr.Name)}</td><td>{N(cr.Score)}</td><td>{E(cr.BandName)}</td><td>{N(cr.NationalMedian)}</td><td>{N(cr.Delta)}</td></tr>");
        }

        h.Append(inv, $"""
            </tbody></table>
            <h2 class="pb">{E(ar ? "المؤشرات" : "Indicators")}</h2><table><thead><tr><th>{E(ar ? "الرمز" : "Code")}</th><th>{E(ar ? "المؤشر" : "Indicator")}</th><th>{E(ar ? "القيمة" : "Value")}</th><th>{E(ar ? "المستهدف" : "Target")}</th><th>{E(ar ? "الدرجة" : "Score")}</th><th></th><th>Δ</th></tr></thead><tbody>
            """);
        foreach (var group in model.IndicatorGroups)
        {
            h.Append(inv, $"<tr class=group><td colspan=7>{E(group.CriterionName)}</td></tr>");
            foreach (var i in group.Indicators)
            {
                var value = i.Value is { } v ? $"{v.ToString("0.##", inv)} {E(i.UnitLabel)}" : "<span class=na>—</span>";
                h.Append(inv, $"<tr><td dir=ltr>{i.Code}</td><td>{E(i.Name)}</td><td>{value}</td><td>{E(i.TargetText)}</td><td>{N(i.Score)}</td><td><span class=\"light {i.Light}\"></span></td><td>{N(i.Delta)}</td></tr>");
            }
        }

        var q = model.DataQuality;
        h.Append(inv, $"""
            </tbody></table>
            <h2>{E(ar ? "جودة البيانات" : "Data quality")}</h2><div class="panel"><div>{E(ar ? "الاكتمال" : "Completeness")} {N(q.Completeness)}</div><div>{E(ar ? "الالتزام بالمواعيد" : "Timeliness")} {N(q.Timeliness)}</div><div>DQI {N(q.Dqi)}</div><div>{E(ar ? "القبول من المرة الأولى" : "First-pass acceptance")} {N(q.FirstPassAcceptance)}</div><div>{E(ar ? "أدلة اطّلع عليها المراجع" : "Evidence opened by the reviewer")} {N(q.EvidenceReviewed)}</div><div>{E(ar ? "مؤشرات بلا تنبيهات مفتوحة" : "Indicators without open flags")} {N(q.ItemsWithoutOpenFlags)}</div></div>
            <h2>{E(ar ? "ملاحظات" : "Notes")}</h2><ul>
            """);
        foreach (var note in model.Notes)
        {
            h.Append(inv, $"<li><span dir=ltr>{note.IndicatorCode}</span>: {E(note.Text)}</li>");
        }

        h.Append("</ul></body></html>");
        return h.ToString();
    }
}
