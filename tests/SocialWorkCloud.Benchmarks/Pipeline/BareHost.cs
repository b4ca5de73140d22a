using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Benchmarks.Pipeline;

/// <summary>
/// The yardstick of the pipeline benchmark (issue 19): a bare ASP.NET Core minimal API on Npgsql that sends
/// the SQL each hot path needs — the statements the project's handlers send, written by hand — and answers
/// the same JSON, with no authentication, mediator, validation, EF Core or request log. The tenant (the
/// facility, the province, the signed-in user) is fixed at start-up from the arguments, as a token would
/// name it. <c>/debug/allocations</c> reports the process's allocated bytes, like the API's own
/// (Diagnostics:AllocationCounter), so the script can divide the delta by the requests wrk made.
/// </summary>
public static class BareHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name) => args[Array.IndexOf(args, name) + 1];
        var url = Arg("--url");
        var facilityId = Guid.Parse(Arg("--facility"));
        var userId = Guid.Parse(Arg("--user"));
        var role = Enum.Parse<UserRole>(Arg("--role"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        await using var dataSource = NpgsqlDataSource.Create(Arg("--pg"));
        var app = builder.Build();
        app.Urls.Add(url);

        app.MapGet("/debug/allocations", () => Results.Json(new { allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) }));
        app.MapGet("/bare/me", (CancellationToken ct) => MeAsync(dataSource, userId, role, facilityId, ct));
        app.MapGet("/bare/facilities/{id:guid}/kpis", (Guid id, CancellationToken ct) => FacilityKpisAsync(dataSource, id, ct));
        app.MapGet("/bare/provinces/{id:guid}/kpis", (Guid id, CancellationToken ct) => ProvinceKpisAsync(dataSource, id, ct));
        app.MapGet("/bare/cases/work-lists", (CancellationToken ct) => WorkListsAsync(dataSource, facilityId, userId, ct));
        app.MapGet("/bare/clients", (string? search, CancellationToken ct) => SearchClientsAsync(dataSource, facilityId, search ?? string.Empty, ct));
        app.MapPost("/bare/clients", (NewClient body, CancellationToken ct) => RegisterClientAsync(dataSource, facilityId, userId, body, ct));
        app.MapPost("/bare/reception/tallies", (TallyBatch body, CancellationToken ct) => RecordTalliesAsync(dataSource, facilityId, userId, body, ct));
        await app.RunAsync();
        return 0;
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static FacilityType[] TypesOf(FacilityGroup group) => Enum.GetValues<FacilityType>().Where(t => t.Group() == group).ToArray();

    private static KpiIndicator IndicatorOf(FacilityGroup group) => group switch
    {
        FacilityGroup.Curative => KpiIndicator.CurativeUnitShare,
        FacilityGroup.Preventive => KpiIndicator.PreventiveSocialWorkShare,
        _ => KpiIndicator.CommuneStationShare,
    };

    // The status in force on a date: the latest entry not corrected, retractions excluded (UnitStatusQueries.WithStatusOn).
    private const string StatusOn = """
        COALESCE((SELECT c."Status" FROM "UnitStatusChanges" c
                  WHERE c."FacilityId" = f."Id" AND c."EffectiveDate" <= @asOf AND NOT c."IsRetraction"
                    AND NOT EXISTS (SELECT 1 FROM "UnitStatusChanges" x WHERE x."CorrectsId" = c."Id")
                  ORDER BY c."EffectiveDate" DESC, c."RecordedAt" DESC LIMIT 1), 0)
        """;

    private const string Operating = """
        f."ProvinceId" = @province AND (f."EstablishedOn" IS NULL OR f."EstablishedOn" <= @asOf) AND (f."ClosedOn" IS NULL OR f."ClosedOn" > @asOf)
        """;

    /// <summary>
    /// The per-request floor: GET /api/v1/me's one read (the account with its facility and province, left joins, the statement
    /// EF sends for a facility user: the province comes from the facility) and the role's permissions, for the user and
    /// facility fixed at start-up.
    /// </summary>
    private static async Task<IResult> MeAsync(NpgsqlDataSource source, Guid userId, UserRole role, Guid facilityId, CancellationToken ct)
    {
        await using var connection = await source.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("""
            SELECT a."Email", a."FullName", f."Id", f."Code", f."Name", f."Type", p."Id", p."Code", p."Name"
            FROM "AspNetUsers" AS a
            LEFT JOIN "Facilities" AS f ON @facilityId = f."Id"
            LEFT JOIN "Provinces" AS p ON COALESCE(NULL, f."ProvinceId") = p."Id"
            WHERE a."Id" = @id
            LIMIT 2
            """, connection);
        command.Parameters.AddWithValue("facilityId", facilityId);
        command.Parameters.AddWithValue("id", userId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return Results.Unauthorized();
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var (email, fullName) = (Text(0), Text(1));
        object? facility = null, province = null;
        if (!reader.IsDBNull(2))
        {
            var type = (FacilityType)reader.GetInt32(5);
            facility = new { id = reader.GetGuid(2), code = reader.GetString(3), name = reader.GetString(4), type, group = type.Group() };
        }
        if (!reader.IsDBNull(6)) province = new { id = reader.GetGuid(6), code = reader.GetString(7), name = reader.GetString(8) };
        return Results.Json(new
        {
            id = userId, email, fullName, role, isApiClient = false,
            facility,
            province,
            permissions = RolePermissions.For(role),
        });
    }

    // The card's one statement (GetFacilityKpis): the facility, its status, and two counts of its group's facilities operating in
    // its province — all, and those whose status counts. The group is the range of types from the first to the last of the
    // facility's group, a facility counts from a status up: CASE tables over the facility's type, as the project writes them.
    private static string TypeTable(Func<FacilityType, int> value)
    {
        var rows = Enum.GetValues<FacilityType>().GroupBy(value).ToList();
        var whens = rows.SkipLast(1).Select(r => $"WHEN f.\"Type\" IN ({string.Join(", ", r.Select(t => (int)t))}) THEN {r.Key} ");
        return $"CASE {string.Concat(whens)}ELSE {rows[^1].Key} END";
    }

    private static readonly string CardStatement = $"""
        SELECT f."Type", {StatusOn},
          (SELECT count(*)::int FROM "Facilities" g WHERE {CardGroup}),
          (SELECT count(*)::int FROM "Facilities" g WHERE {CardGroup} AND {StatusOn.Replace("f.\"Id\"", "g.\"Id\"", StringComparison.Ordinal)} >= {TypeTable(t => t.Group() == FacilityGroup.Curative ? (int)UnitStatus.Team : (int)UnitStatus.CollaboratorsOnly)})
        FROM "Facilities" f WHERE f."Id" = @id LIMIT 2
        """;

    private static string CardGroup => $"""
        g."ProvinceId" = f."ProvinceId" AND g."Type" >= {TypeTable(t => (int)TypesOf(t.Group()).Min())} AND g."Type" <= {TypeTable(t => (int)TypesOf(t.Group()).Max())}
          AND (g."EstablishedOn" IS NULL OR g."EstablishedOn" <= @asOf) AND (g."ClosedOn" IS NULL OR g."ClosedOn" > @asOf)
        """;

    /// <summary>The facility home's KPI card: the facility, its status, and its group's counts in the province, in one statement.</summary>
    private static async Task<IResult> FacilityKpisAsync(NpgsqlDataSource source, Guid id, CancellationToken ct)
    {
        var asOf = Today;
        await using var connection = await source.OpenConnectionAsync(ct);
        FacilityType type;
        UnitStatus status;
        int counted, total;
        await using (var command = new NpgsqlCommand(CardStatement, connection))
        {
            command.Parameters.AddWithValue("asOf", asOf);
            command.Parameters.AddWithValue("id", id);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct)) return Results.NotFound();
            (type, status, total, counted) = ((FacilityType)reader.GetInt32(0), (UnitStatus)reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        }
        var group = type.Group();
        var share = KpiTargets.SharePercent(counted, total);
        var (target, state) = group switch
        {
            FacilityGroup.Curative => ((decimal?)KpiTargets.CurativeTargetPercent, KpiTargets.AssessCurative(counted, total)),
            FacilityGroup.Preventive => (KpiTargets.PreventiveTargetForYearEnd(asOf.Year), KpiTargets.AssessPreventive(counted, total, asOf)),
            _ => (null, KpiState.NotJudged),
        };
        return Results.Json(new
        {
            facilityId = id, asOf, group, unitStatus = status,
            countsTowardTarget = group == FacilityGroup.Curative ? status.HasFormalUnit() : status.CarriesOutSocialWork(),
            indicator = IndicatorOf(group), provinceSharePercent = share, targetPercent = target, provinceState = state,
        });
    }

    private static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    private sealed record Row(Guid Id, string Code, string Name, FacilityType Type, HospitalLevel? Level, UnitStatus Status);

    /// <summary>
    /// The province KPIs: the readable-province check, then every operating facility's status (KpiCalculator), the four
    /// figures with each one's first 20 laggards in Vietnamese order and their count (GetProvinceKpis' default laggardLimit).
    /// </summary>
    private static async Task<IResult> ProvinceKpisAsync(NpgsqlDataSource source, Guid province, CancellationToken ct)
    {
        var asOf = Today;
        await using var connection = await source.OpenConnectionAsync(ct);
        await using (var exists = new NpgsqlCommand("""SELECT EXISTS (SELECT 1 FROM "Provinces" WHERE "Id" = @id)""", connection))
        {
            exists.Parameters.AddWithValue("id", province);
            if (!(bool)(await exists.ExecuteScalarAsync(ct))!) return Results.NotFound();
        }
        var rows = new List<Row>();
        await using (var command = new NpgsqlCommand($"""SELECT f."Id", f."Code", f."Name", f."Type", f."HospitalLevel", {StatusOn} FROM "Facilities" f WHERE {Operating}""", connection))
        {
            command.Parameters.AddWithValue("province", province);
            command.Parameters.AddWithValue("asOf", asOf);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new Row(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), (FacilityType)reader.GetInt32(3),
                    reader.IsDBNull(4) ? null : (HospitalLevel)reader.GetInt32(4), (UnitStatus)reader.GetInt32(5)));
            }
        }
        const int laggardLimit = 20;
        object Figure(KpiIndicator indicator, List<Row> members, Func<UnitStatus, bool> counts)
        {
            var num = members.Count(r => counts(r.Status));
            var (target, trajectory, state) = indicator switch
            {
                KpiIndicator.CurativeUnitShare or KpiIndicator.ProvincialDistrictHospitalUnitShare =>
                    ((decimal?)KpiTargets.CurativeTargetPercent, (decimal?)null, KpiTargets.AssessCurative(num, members.Count)),
                KpiIndicator.PreventiveSocialWorkShare => (KpiTargets.PreventiveTargetForYearEnd(asOf.Year), KpiTargets.PreventiveTrajectoryAt(asOf), KpiTargets.AssessPreventive(num, members.Count, asOf)),
                _ => (null, null, KpiState.NotJudged),
            };
            var laggards = members.Where(r => !counts(r.Status)).OrderBy(r => r.Name, VietnameseOrder)
                .Select(r => new { facilityId = r.Id, code = r.Code, name = r.Name, type = r.Type, unitStatus = r.Status }).ToList();
            return new
            {
                indicator, numerator = num, denominator = members.Count, sharePercent = KpiTargets.SharePercent(num, members.Count),
                targetPercent = target, trajectoryPercent = trajectory, state, laggards = laggards.Take(laggardLimit).ToList(), laggardCount = laggards.Count,
            };
        }
        List<Row> Of(FacilityGroup group) => rows.Where(r => r.Type.Group() == group).ToList();
        return Results.Json(new
        {
            provinceId = province, asOf, computedAt = DateTimeOffset.UtcNow,
            figures = new[]
            {
                Figure(KpiIndicator.PreventiveSocialWorkShare, Of(FacilityGroup.Preventive), s => s.CarriesOutSocialWork()),
                Figure(KpiIndicator.CurativeUnitShare, Of(FacilityGroup.Curative), s => s.HasFormalUnit()),
                Figure(KpiIndicator.CommuneStationShare, Of(FacilityGroup.CommuneStation), s => s.CarriesOutSocialWork()),
                Figure(KpiIndicator.ProvincialDistrictHospitalUnitShare, rows.Where(r => r.Type.IsHospital() && r.Level.IsProvincialOrDistrict()).ToList(), s => s.HasFormalUnit()),
            },
        });
    }

    // The case summary of the work lists (CaseQueries.Summaries): the case, its client's name, its worker's name.
    private const string CaseSummary = """
        SELECT c."Id", c."CaseNumber", c."ClientId", cl."FullName", c."AssignedWorkerId",
          (SELECT u."FullName" FROM "AspNetUsers" u WHERE u."Id" = c."AssignedWorkerId" LIMIT 1),
          c."Priority", c."RiskLevel", c."Stage", c."IsSensitive", c."OpenedOn", c."ClosedOn", c."PlanApproval", c."ClosureApproval"
        FROM "Cases" c JOIN "Clients" cl ON cl."Id" = c."ClientId" AND cl."FacilityId" = @facility
        WHERE c."FacilityId" = @facility AND cl."RestrictedSince" IS NULL
        """;

    /// <summary>
    /// The unit head's work lists (GetWorkLists): my open cases, overdue tasks, plans past review, approvals awaiting a decision,
    /// unacknowledged alerts (100 each), each row saying whether its case is sensitive (the sensitive-read audit needs no further statement).
    /// </summary>
    private static async Task<IResult> WorkListsAsync(NpgsqlDataSource source, Guid facility, Guid me, CancellationToken ct)
    {
        var today = Today;
        await using var connection = await source.OpenConnectionAsync(ct);
        NpgsqlCommand Command(string sql)
        {
            var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("facility", facility);
            command.Parameters.AddWithValue("me", me);
            command.Parameters.AddWithValue("today", today);
            command.Parameters.AddWithValue("closed", (int)Domain.Cases.CaseStage.Closed);
            command.Parameters.AddWithValue("requested", (int)Domain.Cases.ApprovalState.Requested);
            return command;
        }
        var sensitiveShown = new List<Guid>();
        async Task<List<object>> SummariesAsync(string where, string orderBy)
        {
            var list = new List<object>();
            await using var command = Command($"{CaseSummary} AND {where} ORDER BY {orderBy} LIMIT 100");
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (reader.GetBoolean(9)) sensitiveShown.Add(reader.GetGuid(0));
                list.Add(new
                {
                    id = reader.GetGuid(0), caseNumber = reader.GetString(1), clientId = reader.GetGuid(2), clientName = reader.GetString(3),
                    assignedWorkerId = reader.GetGuid(4), assignedWorkerName = reader.IsDBNull(5) ? null : reader.GetString(5),
                    priority = (Domain.Cases.CasePriority)reader.GetInt32(6), riskLevel = (Domain.Cases.RiskLevel)reader.GetInt32(7),
                    stage = (Domain.Cases.CaseStage)reader.GetInt32(8), isSensitive = reader.GetBoolean(9), openedOn = reader.GetFieldValue<DateOnly>(10),
                    closedOn = reader.IsDBNull(11) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(11),
                    planApproval = (Domain.Cases.ApprovalState)reader.GetInt32(12), closureApproval = (Domain.Cases.ApprovalState)reader.GetInt32(13),
                });
            }
            return list;
        }
        var myCases = await SummariesAsync("""c."AssignedWorkerId" = @me AND c."Stage" <> @closed""", """c."Priority" DESC, c."OpenedOn" """);
        var overdue = new List<object>();
        await using (var command = Command("""
            SELECT t."Id", c."Id", cl."FullName", t."Title", t."DueOn", (SELECT u."FullName" FROM "AspNetUsers" u WHERE u."Id" = t."AssigneeId" LIMIT 1), c."IsSensitive"
            FROM "FollowUpTasks" t JOIN "Cases" c ON c."Id" = t."CaseId" AND c."FacilityId" = @facility
              JOIN "Clients" cl ON cl."Id" = c."ClientId" AND cl."FacilityId" = @facility
            WHERE t."FacilityId" = @facility AND cl."RestrictedSince" IS NULL AND t."DoneAt" IS NULL AND t."DueOn" < @today
            ORDER BY t."DueOn" LIMIT 100
            """))
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var due = reader.GetFieldValue<DateOnly>(4);
                if (reader.GetBoolean(6)) sensitiveShown.Add(reader.GetGuid(1));
                overdue.Add(new
                {
                    taskId = reader.GetGuid(0), caseId = reader.GetGuid(1), clientName = reader.GetString(2), title = reader.GetString(3), dueOn = due,
                    overdueSince = due.AddDays(1), assigneeName = reader.IsDBNull(5) ? null : reader.GetString(5),
                });
            }
        }
        var pastReview = await SummariesAsync("""c."PlanReviewOverdueSince" IS NOT NULL AND c."Stage" <> @closed""", """c."PlanReviewOn" """);
        var awaiting = await SummariesAsync("""(c."PlanApproval" = @requested OR c."ClosureApproval" = @requested)""", """c."OpenedOn" """);
        var alerts = new List<object>();
        await using (var command = Command("""
            SELECT a."Id", c."Id", cl."FullName", a."Kind", a."RaisedAt", c."IsSensitive"
            FROM "CaseAlerts" a JOIN "Cases" c ON c."Id" = a."CaseId" AND c."FacilityId" = @facility
              JOIN "Clients" cl ON cl."Id" = c."ClientId" AND cl."FacilityId" = @facility
            WHERE a."FacilityId" = @facility AND cl."RestrictedSince" IS NULL AND a."AcknowledgedAt" IS NULL
            ORDER BY a."RaisedAt" LIMIT 100
            """))
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (reader.GetBoolean(5)) sensitiveShown.Add(reader.GetGuid(1));
                alerts.Add(new
                {
                    alertId = reader.GetGuid(0), caseId = reader.GetGuid(1), clientName = reader.GetString(2),
                    kind = (Domain.Cases.CaseAlertKind)reader.GetInt32(3), raisedAt = reader.GetFieldValue<DateTimeOffset>(4),
                });
            }
        }
        // The sensitive-read audit (AuditSensitiveCaseReadsAsync) would write an entry per sensitive case shown: the demo has none.
        if (sensitiveShown.Count > 0) throw new InvalidOperationException("The bare endpoint does not audit sensitive reads: the demo has no sensitive case.");
        return Results.Json(new { myCases, overdueTasks = overdue, plansPastReview = pastReview, awaitingApproval = awaiting, alerts });
    }

    // The page's 10 fields and whether the client has a sensitive case (only those rows need the sensitive-read audit's look at the cases).
    private const string SummaryColumns = """
        c."Id", c."FullName", c."BirthYear", c."DateOfBirth", c."Sex", c."NationalId", c."Phone", c."PatientId", c."CommuneWard", c."Vulnerabilities",
        EXISTS (SELECT 1 FROM "Cases" s WHERE s."FacilityId" = @facility AND s."ClientId" = c."Id" AND s."IsSensitive")
        """;

    private const string Listed = """c."FacilityId" = @facility AND c."MergedIntoId" IS NULL AND c."RestrictedSince" IS NULL""";

    /// <summary>
    /// The desk search by name (ClientSearch): the capped counts of the full-name and later-part matches in one statement, then the page's 10 fields
    /// (full-name matches first, if any; then later-part matches) with whether each client has a sensitive case.
    /// </summary>
    private static async Task<IResult> SearchClientsAsync(NpgsqlDataSource source, Guid facility, string search, CancellationToken ct)
    {
        var folded = VietnameseText.Fold(search);
        var upper = folded.Length == 0 ? "\uffff" : folded[..^1] + (char)(folded[^1] + 1);
        await using var connection = await source.OpenConnectionAsync(ct);
        NpgsqlCommand Command(string sql)
        {
            var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("facility", facility);
            command.Parameters.AddWithValue("from", folded);
            command.Parameters.AddWithValue("to", upper);
            return command;
        }
        const string fullName = """c."SearchName" >= @from AND c."SearchName" < @to""";
        const string laterParts = """
            FROM "ClientNameKeys" k JOIN "Clients" c ON c."Id" = k."ClientId"
            WHERE k."FacilityId" = @facility AND k."Key" >= @from AND k."Key" < @to AND NOT (c."SearchName" >= @from AND c."SearchName" < @to)
            """;
        // Both capped counts in one statement, as ClientSearch.CappedNameCounts: a full-name match adds 1, a later-part match 1002.
        int fullCount, laterCount;
        await using (var count = Command($"""
            SELECT COALESCE(sum(t.n), 0)::int FROM (
              (SELECT 1 AS n FROM "Clients" c WHERE {Listed} AND {fullName} LIMIT 1001)
              UNION ALL
              (SELECT 1002 AS n {laterParts} AND {Listed} ORDER BY k."Key", k."ClientId" LIMIT 1001)) t
            """))
        {
            var counts = (int)(await count.ExecuteScalarAsync(ct))!;
            fullCount = counts % 1002;
            laterCount = fullCount > 1000 ? 0 : counts / 1002;
        }
        var items = new List<object>();
        async Task ReadAsync(NpgsqlCommand command)
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                // The sensitive-read audit (AuditSensitiveClientReadsAsync) would look at a listed client's sensitive cases: the demo has none.
                if (reader.GetBoolean(10)) throw new InvalidOperationException("The bare endpoint does not audit sensitive reads: the demo has no sensitive case.");
                items.Add(new
                {
                    id = reader.GetGuid(0), fullName = reader.GetString(1), birthYear = reader.IsDBNull(2) ? (int?)null : reader.GetInt32(2),
                    dateOfBirth = reader.IsDBNull(3) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(3), sex = (Sex)reader.GetInt32(4),
                    nationalIdMasked = Masking.Mask(reader.IsDBNull(5) ? null : reader.GetString(5)),
                    phoneMasked = Masking.Mask(reader.IsDBNull(6) ? null : reader.GetString(6)),
                    patientId = reader.IsDBNull(7) ? null : reader.GetString(7), communeWard = reader.IsDBNull(8) ? null : reader.GetString(8),
                    vulnerabilities = Vulnerabilities.Split((Vulnerability)reader.GetInt32(9)),
                });
            }
        }
        if (fullCount > 0)
        {
            await using var page = Command($"""SELECT {SummaryColumns} FROM "Clients" c WHERE {Listed} AND {fullName} ORDER BY c."SearchName", c."Id" LIMIT 25""");
            await ReadAsync(page);
        }
        if (fullCount <= 1000 && items.Count < 25 && laterCount > 0)
        {
            await using var page = Command($"""SELECT {SummaryColumns} {laterParts} AND {Listed} ORDER BY k."Key", k."ClientId" LIMIT {25 - items.Count}""");
            await ReadAsync(page);
        }
        var total = fullCount + laterCount;
        return Results.Json(new
        {
            items, page = 1, pageSize = 25, totalCount = Math.Min(total, 1000), totalIsLowerBound = total > 1000,
            totalPages = (int)Math.Ceiling(Math.Min(total, 1000) / 25.0),
        });
    }

    public sealed record NewClient(string FullName, int? BirthYear, Sex Sex, string? CommuneWard, IReadOnlyList<Vulnerability>? Vulnerabilities);

    /// <summary>
    /// Registering a client: the duplicate check (the seven columns a match is judged by), then the client's every column and its
    /// name keys in one command, in one transaction.
    /// </summary>
    private static async Task<IResult> RegisterClientAsync(NpgsqlDataSource source, Guid facility, Guid user, NewClient body, CancellationToken ct)
    {
        var client = new Client(body.FullName) { Id = Guid.NewGuid(), BirthYear = body.BirthYear, Sex = body.Sex, CommuneWard = body.CommuneWard };
        client.Vulnerabilities = (body.Vulnerabilities ?? []).Aggregate(Vulnerability.None, (a, v) => a | v);
        await using var connection = await source.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var duplicates = new NpgsqlCommand("""
            SELECT c."Id", c."FullName", c."SearchName", c."BirthYear", c."NationalId", c."InsuranceNumber", c."PatientId"
            FROM "Clients" c WHERE c."FacilityId" = @facility AND c."MergedIntoId" IS NULL AND c."Id" <> @id
              AND (@year::int IS NOT NULL AND c."SearchName" = @name AND c."BirthYear" = @year) ORDER BY c."SearchName" LIMIT 10
            """, connection, transaction))
        {
            duplicates.Parameters.AddWithValue("facility", facility);
            duplicates.Parameters.AddWithValue("id", client.Id);
            duplicates.Parameters.AddWithValue("name", client.SearchName);
            duplicates.Parameters.Add(new NpgsqlParameter("year", NpgsqlDbType.Integer) { Value = (object?)client.BirthYear ?? DBNull.Value });
            await using var reader = await duplicates.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct)) return Results.Conflict();
        }
        var now = DateTimeOffset.UtcNow;
        var version = Guid.NewGuid();
        // The project's command (MultiRowInsert): the client's every column (its Vietnamese sort key too), a parameter per value, and
        // its name keys (several: an unnest of one array per column, as on PostgreSQL; one: a VALUES row), two statements in one command.
        await using var insert = new NpgsqlCommand
        {
            Connection = connection, Transaction = transaction, CommandText = """
                INSERT INTO "Clients" ("Id", "FacilityId", "FullName", "SearchName", "DateOfBirth", "BirthYear", "Sex", "NationalId", "InsuranceNumber", "PatientId",
                  "Province", "CommuneWard", "AddressDetail", "Phone", "GuardianContact", "HouseholdSituation", "Vulnerabilities", "CreatedDespiteMatches", "MergedIntoId",
                  "CreatedAt", "CreatedBy", "Version", "CommuneCode", "PseudonymisedAt", "RestrictedSince", "SortName")
                VALUES (@id, @facility, @fullName, @searchName, @dateOfBirth, @year, @sex, @nationalId, @insurance, @patientId, @province, @ward, @address, @phone,
                  @guardian, @household, @vulnerabilities, FALSE, @mergedInto, @at, @by, @version, @communeCode, @pseudonymisedAt, @restrictedSince, @sortName)
                """,
        };
        void Add(string name, NpgsqlDbType type, object? value) => insert.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
        Add("id", NpgsqlDbType.Uuid, client.Id);
        Add("facility", NpgsqlDbType.Uuid, facility);
        Add("fullName", NpgsqlDbType.Varchar, client.FullName);
        Add("searchName", NpgsqlDbType.Varchar, client.SearchName);
        Add("dateOfBirth", NpgsqlDbType.Date, client.DateOfBirth);
        Add("year", NpgsqlDbType.Integer, client.BirthYear);
        Add("sex", NpgsqlDbType.Integer, (int)client.Sex);
        Add("nationalId", NpgsqlDbType.Varchar, client.NationalId);
        Add("insurance", NpgsqlDbType.Varchar, client.InsuranceNumber);
        Add("patientId", NpgsqlDbType.Varchar, client.PatientId);
        Add("province", NpgsqlDbType.Varchar, client.Province);
        Add("ward", NpgsqlDbType.Varchar, client.CommuneWard);
        Add("address", NpgsqlDbType.Varchar, client.AddressDetail);
        Add("phone", NpgsqlDbType.Varchar, client.Phone);
        Add("guardian", NpgsqlDbType.Varchar, client.GuardianContact);
        Add("household", NpgsqlDbType.Varchar, client.HouseholdSituation);
        Add("vulnerabilities", NpgsqlDbType.Integer, (int)client.Vulnerabilities);
        Add("mergedInto", NpgsqlDbType.Uuid, client.MergedIntoId);
        Add("at", NpgsqlDbType.TimestampTz, now);
        Add("by", NpgsqlDbType.Uuid, user);
        Add("version", NpgsqlDbType.Uuid, version);
        Add("communeCode", NpgsqlDbType.Varchar, client.CommuneCode);
        Add("pseudonymisedAt", NpgsqlDbType.TimestampTz, client.PseudonymisedAt);
        Add("restrictedSince", NpgsqlDbType.TimestampTz, client.RestrictedSince);
        Add("sortName", NpgsqlDbType.Varchar, client.SortName);
        if (client.NameKeys.Count == 1)
        {
            insert.CommandText += ";\n" + """INSERT INTO "ClientNameKeys" ("ClientId", "Key", "FacilityId") VALUES (@k0_0, @k0_1, @k0_2)""";
            Add("k0_0", NpgsqlDbType.Uuid, client.Id);
            Add("k0_1", NpgsqlDbType.Varchar, client.NameKeys[0].Key);
            Add("k0_2", NpgsqlDbType.Uuid, facility);
        }
        else if (client.NameKeys.Count > 1)
        {
            insert.CommandText += ";\n" + """INSERT INTO "ClientNameKeys" ("ClientId", "Key", "FacilityId") SELECT * FROM unnest(@k0::uuid[], @k1::character varying(200)[], @k2::uuid[])""";
            insert.Parameters.AddWithValue("k0", Enumerable.Repeat(client.Id, client.NameKeys.Count).ToArray());
            insert.Parameters.AddWithValue("k1", client.NameKeys.Select(k => k.Key).ToArray());
            insert.Parameters.AddWithValue("k2", Enumerable.Repeat(facility, client.NameKeys.Count).ToArray());
        }
        await insert.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
        return Results.Json(new
        {
            id = client.Id, fullName = client.FullName, dateOfBirth = (DateOnly?)null, birthYear = client.BirthYear, sex = client.Sex,
            nationalId = (string?)null, insuranceNumber = (string?)null, patientId = (string?)null, province = (string?)null,
            communeWard = client.CommuneWard, addressDetail = (string?)null, phone = (string?)null, guardianContact = (string?)null,
            householdSituation = (string?)null, vulnerabilities = Vulnerabilities.Split(client.Vulnerabilities), identifiersShown = true,
            createdDespiteMatches = false, mergedIntoId = (Guid?)null, createdAt = now, version, cases = Array.Empty<object>(),
            consents = Array.Empty<object>(), communeCode = (string?)null, restrictedSince = (DateTimeOffset?)null, pseudonymisedAt = (DateTimeOffset?)null,
        }, statusCode: StatusCodes.Status201Created);
    }

    public sealed record TallyBatch(IReadOnlyList<Tally> Entries);

    public sealed record Tally(Guid Id, Guid PointId, string Kind, DateTimeOffset OccurredAt, int Count = 1);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// A tally batch: the points known, the entries already counted, whether a webhook subscription wants the event, the project's
    /// multi-row insert (every column of the entity; several rows as an unnest of one array per column, as on PostgreSQL) and, only if
    /// a subscription wants the event, its outbox row; one transaction.
    /// </summary>
    private static async Task<IResult> RecordTalliesAsync(NpgsqlDataSource source, Guid facility, Guid user, TallyBatch body, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        await using var connection = await source.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var points = body.Entries.Select(e => e.PointId).Distinct().ToArray();
        await using (var known = new NpgsqlCommand("""SELECT count(*)::int FROM "ReceptionPoints" WHERE "FacilityId" = @facility AND "Id" = ANY(@ids)""", connection, transaction))
        {
            known.Parameters.AddWithValue("facility", facility);
            known.Parameters.AddWithValue("ids", points);
            if ((int)(await known.ExecuteScalarAsync(ct))! != points.Length) return Results.NotFound();
        }
        var unique = body.Entries.DistinctBy(e => e.Id).ToList();
        var seen = new HashSet<Guid>();
        await using (var counted = new NpgsqlCommand("""SELECT "ClientEntryId" FROM "ReceptionTallies" WHERE "FacilityId" = @facility AND "ClientEntryId" = ANY(@ids)""", connection, transaction))
        {
            counted.Parameters.AddWithValue("facility", facility);
            counted.Parameters.AddWithValue("ids", unique.Select(e => e.Id).ToArray());
            await using var reader = await counted.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) seen.Add(reader.GetGuid(0));
        }
        var fresh = unique.Where(e => !seen.Contains(e.Id)).ToList();
        if (fresh.Count > 0)
        {
            bool wanted;
            await using (var subscribed = new NpgsqlCommand("""
                SELECT EXISTS (SELECT 1 FROM "WebhookSubscriptions" s WHERE s."Status" = 1 AND (s."FacilityId" = @facility
                  OR (s."FacilityId" IS NULL AND s."ProvinceId" = (SELECT f."ProvinceId" FROM "Facilities" f WHERE f."Id" = @facility)))
                  AND strpos(' ' || s."EventTypes" || ' ', ' tally.recorded ') > 0)
                """, connection, transaction))
            {
                subscribed.Parameters.AddWithValue("facility", facility);
                wanted = (bool)(await subscribed.ExecuteScalarAsync(ct))!;
            }
            // The project's statement (MultiRowInsert): several rows as an unnest of one array per column (the entity's eleven, in the
            // model's order); a single row as a VALUES row, a parameter per value.
            var sql = new System.Text.StringBuilder("""INSERT INTO "ReceptionTallies" ("ClientEntryId", "Count", "Date", "FacilityId", "Kind", "OccurredAt", "PointId", "ReceivedAt", "RecordedById", "Source", "UndoesEntryId") """);
            await using var insert = new NpgsqlCommand { Connection = connection, Transaction = transaction };
            static DateTimeOffset At(Tally e) => e.OccurredAt.ToUniversalTime();
            if (fresh.Count == 1)
            {
                var e = fresh[0];
                sql.Append("VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10)");
                insert.Parameters.AddWithValue("p0", e.Id);
                insert.Parameters.AddWithValue("p1", e.Count);
                insert.Parameters.AddWithValue("p2", DateOnly.FromDateTime(At(e).UtcDateTime.AddHours(7)));
                insert.Parameters.AddWithValue("p3", facility);
                insert.Parameters.AddWithValue("p4", (int)Enum.Parse<Domain.Reception.ContactKind>(e.Kind));
                insert.Parameters.AddWithValue("p5", At(e));
                insert.Parameters.AddWithValue("p6", e.PointId);
                insert.Parameters.AddWithValue("p7", now);
                insert.Parameters.AddWithValue("p8", user);
                insert.Parameters.AddWithValue("p9", 0);
                insert.Parameters.Add(new NpgsqlParameter("p10", NpgsqlDbType.Uuid) { Value = DBNull.Value });
            }
            else
            {
                sql.Append("""SELECT * FROM unnest(@p0::uuid[], @p1::integer[], @p2::date[], @p3::uuid[], @p4::integer[], @p5::timestamp with time zone[], @p6::uuid[], @p7::timestamp with time zone[], @p8::uuid[], @p9::integer[], @p10::uuid[])""");
                insert.Parameters.AddWithValue("p0", fresh.Select(e => e.Id).ToArray());
                insert.Parameters.AddWithValue("p1", fresh.Select(e => e.Count).ToArray());
                insert.Parameters.AddWithValue("p2", fresh.Select(e => DateOnly.FromDateTime(At(e).UtcDateTime.AddHours(7))).ToArray());
                insert.Parameters.AddWithValue("p3", Enumerable.Repeat(facility, fresh.Count).ToArray());
                insert.Parameters.AddWithValue("p4", fresh.Select(e => (int)Enum.Parse<Domain.Reception.ContactKind>(e.Kind)).ToArray());
                insert.Parameters.AddWithValue("p5", fresh.Select(At).ToArray());
                insert.Parameters.AddWithValue("p6", fresh.Select(e => e.PointId).ToArray());
                insert.Parameters.AddWithValue("p7", Enumerable.Repeat(now, fresh.Count).ToArray());
                insert.Parameters.AddWithValue("p8", Enumerable.Repeat((Guid?)user, fresh.Count).ToArray());
                insert.Parameters.AddWithValue("p9", new int[fresh.Count]);
                insert.Parameters.AddWithValue("p10", new Guid?[fresh.Count]);
            }
            if (wanted)
            {
                sql.Append(";\nINSERT INTO \"OutboxMessages\" (\"Id\", \"Type\", \"Payload\", \"FacilityId\", \"CreatedAt\", \"Attempts\") VALUES (@outbox, 'webhook-event', @payload, @facility, @now, 0)");
                insert.Parameters.AddWithValue("facility", facility);
                insert.Parameters.AddWithValue("now", now);
                insert.Parameters.AddWithValue("outbox", Guid.NewGuid());
                insert.Parameters.Add(new NpgsqlParameter("payload", NpgsqlDbType.Text)
                {
                    Value = JsonSerializer.Serialize(new
                    {
                        accepted = fresh.Count,
                        counts = fresh.GroupBy(e => (Date: DateOnly.FromDateTime(e.OccurredAt.UtcDateTime.AddHours(7)), e.Kind))
                            .Select(g => new { date = g.Key.Date, kind = g.Key.Kind, contacts = g.Sum(e => e.Count) }).ToList(),
                    }, Web),
                });
            }
            insert.CommandText = sql.ToString();
            await insert.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return Results.Json(new { accepted = fresh.Count, duplicates = body.Entries.Count - fresh.Count, replayed = false });
    }
}
