using System.ComponentModel;
using System.Diagnostics;
using Dyad.Tests.Support;

namespace Dyad.Tests.Events;

/// <summary>The event dictionaries pass their own checker (data/events/tools/validate_events.py).</summary>
public sealed class EventDictionaryValidationTests
{
    [Fact]
    public async Task TheEventDictionariesFollowTheirFormatAndTheCameoTable()
    {
        // The checker compares codes with the CAMEO table in ../shared and runs on Python 3.
        Paths.Shared("reference/cameo/cameo-eventcodes-combined.tsv");
        var start = new ProcessStartInfo("python3", Path.Combine(Paths.Repository, "data", "events", "tools", "validate_events.py"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process? process = null;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            Assert.Skip("python3 is not installed here; the checker data/events/tools/validate_events.py needs it.");
        }

        using (process)
        {
            Assert.NotNull(process);
            string output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            string errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, $"validate_events.py exited {process.ExitCode}:\n{output}\n{errors}");
        }
    }
}
