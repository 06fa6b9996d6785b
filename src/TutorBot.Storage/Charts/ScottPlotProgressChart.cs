using System.Text;
using Microsoft.Extensions.Options;
using ScottPlot;
using TutorBot.Core.Bank;
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

        var title = language == Language.Zh ? "各主题得分随时间变化" : "Scores over time by topic";
        plot.Title(title);
        plot.XLabel(language == Language.Zh ? "日期" : "Date");
        plot.YLabel(language == Language.Zh ? "得分（0-10）" : "Score (0-10)");
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.SetLimitsY(0, 10.5);
        plot.ShowLegend(Alignment.LowerRight);
        plot.Font.Set(Fonts.Detect(title + string.Concat(history.Select(q => q.Topic))));

        var path = Path.Combine(ChartsFolder(), FileName(userKey));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        plot.SavePng(path, Width, Height);
        return path;
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
