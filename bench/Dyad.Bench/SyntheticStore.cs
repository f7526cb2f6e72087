using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using Dyad.Storage;
using DuckDB.NET.Data;

namespace Dyad.Bench;

/// <summary>
/// Loads synthetic events into a store and times <c>dyad query dyad</c> over them:
/// <c>synthetic-events STORE EVENTS</c>, STORE a DuckDB path or a clickhouse:// address.
/// Every event has one mention in one of EVENTS/5 documents; the dyads come from 40 countries
/// (so RUS–CHN is one of 1,560 ordered pairs), the days span 2015–2024, the CAMEO roots are spread
/// over all twenty, and one event in ten is not realised (negated or hypothetical). The rows are
/// generated inside the engine (range() / numbers()), so the load measures the store, not a client.
/// </summary>
internal static class SyntheticStore
{
    private static readonly string[] Countries =
    [
        "USA", "RUS", "CHN", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "ISR", "IRN", "UKR", "TUR", "SAU", "PAK",
        "AFG", "IRQ", "SYR", "EGY", "KOR", "PRK", "MEX", "CAN", "AUS", "ITA", "ESP", "POL", "NGA", "ZAF", "KEN",
        "ETH", "IDN", "PHL", "VNM", "THA", "ARG", "COL", "VEN", "CUB", "TWN",
    ];

    private static readonly double[] GoldsteinByRoot = [0.0, 3.0, 2.5, 4.0, 5.0, 7.0, 6.0, 7.0, 5.0, -2.0, -2.0, -2.5, -4.0, -6.0, -6.5, -7.2, -4.0, -7.0, -9.0, -10.0];

    public static int Run(string address, long events)
    {
        bool clickHouse = address.StartsWith("clickhouse://", StringComparison.OrdinalIgnoreCase);
        bool loaded = clickHouse ? HasMentions(address) : File.Exists(address);
        if (loaded)
        {
            Console.WriteLine($"{address} already holds events: querying only");
        }
        else
        {
            var load = Stopwatch.StartNew();
            EventStores.Open(clickHouse ? null : address, clickHouse ? address : null, create: true).Dispose();
            if (clickHouse)
            {
                LoadClickHouse(address, events);
            }
            else
            {
                LoadDuckDb(address, events);
            }

            Console.WriteLine($"loaded {events:N0} events ({events / 5:N0} documents) in {load.Elapsed.TotalSeconds:F1} s");
        }

        if (!clickHouse)
        {
            Console.WriteLine($"DuckDB file: {new FileInfo(address).Length / 1e6:F0} MB");
        }

        using var reader = EventStores.Open(clickHouse ? null : address, clickHouse ? address : null, create: false);
        Console.WriteLine($"mentions: {reader.Query("SELECT count(*) FROM mentions").Rows[0][0]}");
        foreach (var (a, b) in new[] { ("RUS", "CHN"), ("USA", "ISR"), ("RUSGOV", "CHNGOV") })
        {
            string sql = StoreQueries.Dyad(reader.Dialect, a, b, "month");
            var times = new List<double>();
            QueryResult? result = null;
            for (int run = 0; run < 11; run++)
            {
                var watch = Stopwatch.StartNew();
                result = reader.Query(sql);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            long total = result!.Rows.Sum(r => (long)r[2]!);
            Console.WriteLine($"dyad query dyad {a} {b} --by month: {result.Rows.Count} rows, {total:N0} events; first run {times[^1]:F0} ms max, median {times[5]:F0} ms, best {times[0]:F0} ms (11 runs)");
        }

        return 0;
    }

    private static bool HasMentions(string address)
    {
        try
        {
            using var store = EventStores.Open(null, address, create: false);
            return store.Query("SELECT count(*) FROM mentions").Rows[0][0] is long n && n > 0;
        }
        catch (StoreException)
        {
            return false;
        }
    }

    private static void LoadDuckDb(string path, long events)
    {
        using var connection = new DuckDBConnection($"Data Source={Path.GetFullPath(path)}");
        connection.Open();
        foreach (string sql in new[]
        {
            $"INSERT INTO mentions SELECT {MentionColumns(duckDb: true)} FROM (SELECT range AS n FROM range({events})) AS g",
            $"INSERT INTO documents SELECT {DocumentColumns(duckDb: true)} FROM (SELECT range AS n FROM range({events / 5})) AS g",
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 0;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Each shard gets the rows the Distributed table would send it (cityHash64(doc_id) modulo the
    /// shard count, shards in address order), generated on the shard itself.
    /// </summary>
    private static void LoadClickHouse(string address, long events)
    {
        string rest = address["clickhouse://".Length..];
        string database = rest[(rest.IndexOf('/', StringComparison.Ordinal) + 1)..].Split('?')[0];
        var hosts = rest[..rest.IndexOf('/', StringComparison.Ordinal)].Split(',');
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
        for (int shard = 0; shard < hosts.Length; shard++)
        {
            string suffix = hosts.Length > 1 ? "_local" : string.Empty;
            string where = hosts.Length > 1 ? $"WHERE cityHash64(doc_id) % {hosts.Length} = {shard}" : string.Empty;
            foreach (string sql in new[]
            {
                $"INSERT INTO mentions{suffix} SELECT * FROM (SELECT {MentionColumns(duckDb: false)} FROM (SELECT number AS n FROM numbers({events}))) {where}",
                $"INSERT INTO documents{suffix} SELECT * FROM (SELECT {DocumentColumns(duckDb: false)} FROM (SELECT number AS n FROM numbers({events / 5}))) {where}",
            })
            {
                using var response = http.PostAsync(new Uri($"http://{hosts[shard]}/?database={database}"), new StringContent(sql)).GetAwaiter().GetResult();
                string body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{hosts[shard]}: {body}");
                }
            }
        }
    }

    private static string MentionColumns(bool duckDb)
    {
        string country(string multiplier) => $"{Array(Countries.Select(Quote))}[1 + ((n * {multiplier}) % 1000003) % {Countries.Length}]";
        string root = $"(1 + ((n * 7919) % 1000033) % 20)";
        string rootText = duckDb ? $"lpad(CAST({root} AS VARCHAR), 2, '0')" : $"if({root} < 10, concat('0', toString({root})), toString({root}))";
        string day = duckDb ? $"(DATE '2015-01-01' + CAST(((n * 104729) % 1000037) % 3653 AS INTEGER))" : $"(toDate('2015-01-01') + ((n * 104729) % 1000037) % 3653)";
        var values = new Dictionary<string, string>
        {
            ["mention_id"] = "n",
            ["event_id"] = "n",
            ["doc_id"] = DocId(duckDb, duckDb ? "n // 5" : "intDiv(n, 5)"),
            ["event_date"] = day,
            ["date_resolution"] = "'day'",
            ["source_code"] = country("2654435761"),
            ["source_country"] = country("2654435761"),
            ["source_name"] = "'synthetic'",
            ["target_code"] = country("40503"),
            ["target_country"] = country("40503"),
            ["target_name"] = "'synthetic'",
            ["cameo"] = $"{rootText} || '0'",
            ["root"] = rootText,
            ["quad"] = $"CASE WHEN {root} <= 5 THEN 1 WHEN {root} <= 8 THEN 2 WHEN {root} <= 13 THEN 3 ELSE 4 END",
            ["goldstein"] = $"{Array(GoldsteinByRoot.Select(g => g.ToString("F1", CultureInfo.InvariantCulture)))}[{root}]",
            ["realized"] = duckDb ? "(n % 10 <> 0)" : "(n % 10 != 0)",
            ["sentence_text"] = "'Synthetic sentence.'",
        };
        if (!duckDb)
        {
            values["cameo"] = $"concat({rootText}, '0')";
        }

        return Columns(StoreSchema.Mentions, values, duckDb);
    }

    private static string DocumentColumns(bool duckDb)
    {
        var values = new Dictionary<string, string>
        {
            ["doc_id"] = DocId(duckDb, "n"),
            ["story_id"] = DocId(duckDb, "n"),
            ["source"] = "'synthetic'",
            ["language"] = "'en'",
        };
        return Columns(StoreSchema.Documents, values, duckDb);
    }

    private static string DocId(bool duckDb, string number) => duckDb ? $"'syn-' || CAST({number} AS VARCHAR)" : $"concat('syn-', toString({number}))";

    private static string Columns(Table table, Dictionary<string, string> values, bool duckDb) => string.Join(", ", table.Columns.Select(column =>
    {
        string expression = values.TryGetValue(column.Name, out var value) ? value : column switch
        {
            { Nullable: true } => "NULL",
            { Type: ColumnType.Text } => "''",
            { Type: ColumnType.Bool } => duckDb ? "false" : "0",
            { Type: ColumnType.Date } => duckDb ? "DATE '2020-01-01'" : "toDate('2020-01-01')",
            _ => "0",
        };
        return duckDb ? $"{expression} AS {column.Name}" : $"CAST({expression} AS {ClickHouseType(column)}) AS {column.Name}";
    }));

    private static string ClickHouseType(Column column)
    {
        string type = column.Type switch
        {
            ColumnType.Text => "String",
            ColumnType.Count => "Int32",
            ColumnType.Key => "Int64",
            ColumnType.Real => "Float64",
            ColumnType.Bool => "UInt8",
            _ => "Date",
        };
        return column.Nullable ? $"Nullable({type})" : type;
    }

    private static string Array(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    private static string Quote(string text) => "'" + text + "'";
}
