using TutorBot.Core.Bank;

namespace TutorBot.Core.Search;

public sealed record SearchHit(BankEntry Entry, double Score);
