using System.Text;
using TutorBot.Core.Grading.Adversarial;

namespace TutorBot.Host.Commands;

/// <summary>The adversarial evaluation as a short table, with the misses when asked.</summary>
public static class AdversarialReportText
{
    public static string Render(AdversarialReport report, bool misses)
    {
        var text = new StringBuilder();
        var echoOver = report.Echoes.Where(e => e.Score > AdversarialReport.EchoMax).ToList();
        text.AppendLine($"echo (question typed back): {report.Echoes.Count} answers, highest {report.MaxEcho:0.0} (bar ≤ {AdversarialReport.EchoMax:0.0}), over the bar: {echoOver.Count}");
        text.AppendLine($"annotated concept entries (bindings or wrong claims): {report.Coverage.Annotated} of {report.Coverage.ConceptEntries} ({report.Coverage.Share:P0})");
        text.AppendLine($"swaps from bindings: {report.Swaps.Count} answers, swapped point credited: {report.SwapsCredited}, scoring ≤ 4: {report.Swaps.Count(s => s.Score <= AdversarialReport.ConfusedMax)}");
        text.AppendLine("hand-written     pairs  entries  confused≤4  paraphrase≥6  separated≥3");
        foreach (var split in new[] { AdversarialCase.Tune, AdversarialCase.Holdout, null }.Select(report.Split))
        {
            text.AppendLine($"  {split.Split,-12} {split.Pairs,6} {split.Entries,8} {split.ConfusedAtMost4,11:P1} {split.ParaphraseAtLeast6,13:P1} {split.SeparatedBy3,12:P1}");
        }

        var below = report.References.Where(r => r.Score < AdversarialReport.ReferenceMin).ToList();
        text.AppendLine($"reference answers: {report.References.Count}, lowest {report.MinReference:0.0} (bar ≥ {AdversarialReport.ReferenceMin:0}), below the bar: {below.Count}");
        if (misses)
        {
            foreach (var echo in echoOver)
            {
                text.AppendLine($"  echo {echo.EntryId}/{echo.Language}: {echo.Score:0.0}");
            }

            foreach (var swap in report.Swaps.Where(s => s.Detail == "credited" || s.Score > AdversarialReport.ConfusedMax))
            {
                text.AppendLine($"  swap {swap.EntryId}/{swap.Language}: {swap.Score:0.0} {swap.Detail}");
            }

            foreach (var pair in report.Pairs.Where(p => !p.ConfusedLow || !p.ParaphraseHigh))
            {
                text.AppendLine($"  pair {pair.Case.EntryId}/{pair.Case.Language} line {pair.Case.Line} ({pair.Case.Split}): confused {pair.ConfusedScore:0.0}, paraphrase {pair.ParaphraseScore:0.0}");
            }

            foreach (var reference in below)
            {
                text.AppendLine($"  reference {reference.EntryId}/{reference.Language}: {reference.Score:0.0}");
            }
        }

        return text.ToString().TrimEnd();
    }
}
