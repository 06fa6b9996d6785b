using System.Text.Json.Serialization;

namespace TutorBot.Host.Commands;

/// <summary>What one bench process measured: its turn latencies, when its first and last turns ran, and what it sent and got back.</summary>
public sealed record BenchInterviewRun(
    long StartedAtMs,
    long EndedAtMs,
    IReadOnlyList<double> LatenciesMs,
    int FailedInterviews,
    int AnswersSent,
    int GradesReceived);

[JsonSerializable(typeof(BenchInterviewRun))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
internal sealed partial class BenchInterviewRunJson : JsonSerializerContext;
