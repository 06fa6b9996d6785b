using System.Text;
using Microsoft.Extensions.Options;
using ScottPlot;
using TutorBot.Core.Bank;
using TutorBot.Core.Phrasing;
using TutorBot.Core.Progress;

namespace TutorBot.Storage.Charts;

/// <summary>
/// Scores over time, one line per topic, as a PNG under the charts folder (one file per user, overwritten).
/// Chinese labels need a CJK font (fonts-wqy-microhei on Debian); the font is picked from what is installed.
/// </summary>
public sealed class ScottPlotProgressChart(IOptions<StorageOptions> options) : IProgressChart
{
    private const int Width = 900;
    private const int Height = 500;
    private const string CjkFontName = "TutorBot CJK";

    private static readonly string[] CjkFontFiles =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/System/Library/Fonts/PingFang.ttc",
        @"C:\Windows\Fonts\msyh.ttc",
    ];

    private static readonly Lock FontLock = new();
    private static bool? _cjkFontRegistered;

    public string? Render(string userKey, IReadOnlyList<ScoredQuestion> history, Language language)
    {
        if (history.Count == 0)
        {
            return null;
        }

        using var plot = new Plot();
        foreach (var topic in history.GroupBy(q => q.Topic, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var points = topic.OrderBy(q => q.FinishedAt).ToList();
            var scatter = plot.Add.Scatter(
                points.Select(q => q.FinishedAt.UtcDateTime.ToOADate()).ToArray(),
                points.Select(q => q.Score).ToArray());
            scatter.LegendText = topic.Key;
            scatter.MarkerSize = 7;
        }

        // The date axis replaces the bottom axis, so it comes before the axis labels.
        plot.Axes.DateTimeTicksBottom();
        plot.Title(Phrases.ChartTitle(language));
        plot.XLabel(Phrases.ChartDateAxis(language));
        plot.YLabel(Phrases.ChartScoreAxis(language));
        plot.Axes.SetLimitsY(-0.5, 10.5);
        plot.ShowLegend(Alignment.LowerRight);
        if (language == Language.Zh && CjkFontFamily() is { } family)
        {
            plot.Font.Set(family);
        }

        var path = Path.Combine(ChartsFolder(), FileName(userKey));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        plot.SavePng(path, Width, Height);
        return path;
    }

    /// <summary>
    /// The bundled SkiaSharp build does not ask fontconfig for fonts, so a CJK font is loaded from its file: the
    /// configured Storage:ChartFont, else the first of the usual system locations that exists.
    /// </summary>
    private string? CjkFontFamily()
    {
        lock (FontLock)
        {
            if (_cjkFontRegistered is null)
            {
                var file = new[] { options.Value.ChartFont }.Concat(CjkFontFiles).FirstOrDefault(f => !string.IsNullOrEmpty(f) && File.Exists(f));
                if (file is not null)
                {
                    Fonts.AddFontFile(CjkFontName, file, bold: false, italic: false);
                }

                _cjkFontRegistered = file is not null;
            }

            return _cjkFontRegistered == true ? CjkFontName : null;
        }
    }

    private string ChartsFolder()
    {
        var storage = options.Value;
        return Path.GetFullPath(storage.ChartsPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.Path))!, "charts"));
    }

    private static string FileName(string userKey)
    {
        var name = new StringBuilder();
        foreach (var c in userKey)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return $"progress-{name}.png";
    }
}
