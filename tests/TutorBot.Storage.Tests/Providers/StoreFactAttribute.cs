using Xunit;
using Xunit.Sdk;

namespace TutorBot.Storage.Tests.Providers;

/// <summary>
/// A repository contract test: it runs in every class that inherits it, once per provider; in a class whose name
/// says Postgres it is skipped (with the reason) when no PostgreSQL server is configured and none is required.
/// </summary>
[XunitTestCaseDiscoverer("TutorBot.Storage.Tests.Providers.StoreFactDiscoverer", "TutorBot.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
