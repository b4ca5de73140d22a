using System.Diagnostics;
using System.Globalization;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Benchmarks;

/// <summary>What the generator wrote, and enough of it to recompute the KPIs in memory.</summary>
public sealed class GeneratedProvince
{
    public required Guid ProvinceId { get; init; }
    public required IReadOnlyList<Facility> Facilities { get; init; }
    public required IReadOnlyList<UnitStatusChange> Changes { get; init; }
    /// <summary>Time to build the rows in memory.</summary>
    public required TimeSpan GenerationTime { get; init; }
    /// <summary>Time to write them (one transaction).</summary>
    public required TimeSpan InsertTime { get; init; }

    public int Corrections => Changes.Count(c => c.CorrectsId is not null && !c.IsRetraction);
    public int Retractions => Changes.Count(c => c.IsRetraction);

    /// <summary>Entries in force (what the KPI engine's subquery keeps), from the domain's in-memory reading.</summary>
    public int InForce => Changes.GroupBy(c => c.FacilityId).Sum(g => UnitStatusHistory.Effective(g).Count);

    public IEnumerable<string> Describe()
    {
        yield return $"Province {ProvinceId}: 1 province, {Facilities.Count:N0} facilities, generated in {GenerationTime.TotalMilliseconds:N0} ms, inserted in {InsertTime.TotalMilliseconds:N0} ms";
        foreach (var g in Facilities.GroupBy(f => f.Type).OrderBy(g => g.Key))
        {
            yield return $"  {g.Key,-22} {g.Count(),6:N0} ({100.0 * g.Count() / Facilities.Count,5:N1}%)";
        }
        yield return $"  established after 2017: {Facilities.Count(f => f.EstablishedOn is not null):N0}, closed: {Facilities.Count(f => f.ClosedOn is not null):N0}";
        var perFacility = Changes.GroupBy(c => c.FacilityId).ToDictionary(g => g.Key, g => g.Count());
        var histogram = string.Join(", ", Enumerable.Range(0, 7).Select(n => $"{n}:{Facilities.Count(f => perFacility.GetValueOrDefault(f.Id) == n):N0}"));
        yield return $"UnitStatusChanges {Changes.Count:N0} rows: {Corrections:N0} corrections, {Retractions:N0} retractions, {InForce:N0} in force";
        yield return $"  rows per facility {histogram}";
    }

    /// <summary>The figures the KPI engine must produce, from <see cref="UnitStatusHistory"/> in memory.</summary>
    public IReadOnlyDictionary<FacilityGroup, (int Numerator, int Denominator)> ExpectedFigures(DateOnly asOf)
    {
        var history = Changes.ToLookup(c => c.FacilityId);
        return Facilities.Where(f => f.OperatesOn(asOf))
            .Select(f => (f.Type, Status: UnitStatusHistory.StatusOn(history[f.Id], asOf)))
            .GroupBy(x => x.Type.Group())
            .ToDictionary(g => g.Key, g => (
                g.Count(x => g.Key == FacilityGroup.Curative ? x.Status.HasFormalUnit() : x.Status.CarriesOutSocialWork()),
                g.Count()));
    }
}

/// <summary>
/// Generates a province of <c>facilityCount</c> facilities (deterministic: fixed <see cref="Random"/> seed and
/// Guids drawn from it) with ten years (2017–2026) of unit history, and writes it with raw multi-row
/// INSERTs in one transaction. Mix: ≈17% hospitals (public and private), ≈13% preventive (one provincial
/// CDC and district health centres), ≈70% commune/ward health stations. Each facility has 0–6 history
/// rows, including corrections (a later row whose CorrectsId points at an earlier row of the same
/// facility) and retractions (IsRetraction), so the "in force" subquery has work to do.
/// </summary>
public sealed class ProvinceGenerator(int facilityCount = ProvinceGenerator.DefaultFacilityCount, int seed = ProvinceGenerator.DefaultSeed)
{
    public const int DefaultFacilityCount = 10_000;
    public const int DefaultSeed = 20_261_122;
    public const int MaxRowsPerFacility = 6;

    private static readonly DateOnly HistoryStart = new(2017, 1, 1);
    private static readonly DateOnly HistoryEnd = new(2026, 11, 15);
    /// <summary>The 2025 reorganisation of communes: merged stations close on this date.</summary>
    private static readonly DateOnly CommuneMerger = new(2025, 7, 1);

    private static readonly string[] Districts =
    [
        "Bá Thước", "Cẩm Thủy", "Đông Sơn", "Hà Trung", "Hậu Lộc", "Hoằng Hóa", "Lang Chánh", "Mường Lát", "Nga Sơn",
        "Ngọc Lặc", "Như Thanh", "Như Xuân", "Nông Cống", "Quan Hóa", "Quan Sơn", "Quảng Xương", "Thạch Thành",
        "Thiệu Hóa", "Thọ Xuân", "Thường Xuân", "Triệu Sơn", "Vĩnh Lộc", "Yên Định", "Bỉm Sơn", "Nghi Sơn", "Sầm Sơn",
    ];

    private static readonly string[] Communes =
    [
        "An Hoạch", "Ba Đình", "Điện Biên", "Đông Hương", "Đông Thọ", "Hàm Rồng", "Lam Sơn", "Nam Ngạn", "Ngọc Trạo", "Phú Sơn",
        "Quảng Hưng", "Quảng Thắng", "Tân Sơn", "Trường Thi", "Đông Cương", "Đông Hải", "Quảng Thành", "Quảng Phú", "Thiệu Dương",
        "Hoằng Quang", "Hoằng Đại", "Đông Lĩnh", "Đông Tân", "Quảng Tâm", "Quảng Đông", "Quảng Cát", "Hoằng Anh", "Hoằng Long",
        "Thiệu Khánh", "Thiệu Vân", "Đông Vinh", "Quảng Thịnh", "Đông Hưng", "Đông Khê", "Xuân Lập", "Yên Trường", "Vĩnh Hùng",
    ];

    private static readonly string[] Specialties = ["Đa khoa", "Nhi", "Phụ sản", "Mắt", "Y dược cổ truyền", "Phục hồi chức năng", "Tâm thần", "Phổi", "Ung bướu"];

    private readonly Random _random = new(seed);
    private readonly DateTimeOffset _createdAt = new(2017, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task<GeneratedProvince> GenerateAsync(AppDbContext db, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        var province = new Province
        {
            Id = NextGuid(), Code = "BENCH-" + seed.ToString(CultureInfo.InvariantCulture)[..4], Name = "Tỉnh thử tải (10.000 cơ sở)", CreatedAt = _createdAt,
        };
        var facilities = new List<Facility>(facilityCount);
        var changes = new List<UnitStatusChange>(facilityCount * 3);

        var hospitals = (int)Math.Round(facilityCount * 0.17);
        var privateHospitals = (int)Math.Round(hospitals * 0.25);
        var preventive = (int)Math.Round(facilityCount * 0.13);
        var stations = facilityCount - hospitals - preventive;
        for (var i = 0; i < hospitals - privateHospitals; i++) facilities.Add(NewFacility(province.Id, FacilityType.PublicHospital, i));
        for (var i = 0; i < privateHospitals; i++) facilities.Add(NewFacility(province.Id, FacilityType.PrivateHospital, i));
        facilities.Add(NewFacility(province.Id, FacilityType.ProvincialCdc, 0));
        for (var i = 0; i < preventive - 1; i++) facilities.Add(NewFacility(province.Id, FacilityType.DistrictHealthCentre, i));
        for (var i = 0; i < stations; i++) facilities.Add(NewFacility(province.Id, FacilityType.CommuneHealthStation, i));
        foreach (var facility in facilities) changes.AddRange(History(facility));
        var generationTime = stopwatch.Elapsed;
        stopwatch.Restart();

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var insert = new BulkInserter(db);
            await insert.InsertAsync([province], ct);
            await insert.InsertAsync(facilities, ct);
            await insert.InsertAsync(changes, ct);
            await transaction.CommitAsync(ct);
        }
        return new GeneratedProvince { ProvinceId = province.Id, Facilities = facilities, Changes = changes, GenerationTime = generationTime, InsertTime = stopwatch.Elapsed };
    }

    private Facility NewFacility(Guid provinceId, FacilityType type, int i)
    {
        var district = Districts[_random.Next(Districts.Length)];
        var commune = Communes[_random.Next(Communes.Length)];
        var n = (i + 1).ToString("00000", CultureInfo.InvariantCulture);
        var (code, name, staff, communeWard) = type switch
        {
            FacilityType.PublicHospital => ($"BV-{n}", $"Bệnh viện {Specialties[_random.Next(Specialties.Length)]} {district} số {n}", 120 + _random.Next(900), (string?)null),
            FacilityType.PrivateHospital => ($"BVTN-{n}", $"Bệnh viện tư nhân {Specialties[_random.Next(Specialties.Length)]} {commune} số {n}", 40 + _random.Next(250), null),
            FacilityType.ProvincialCdc => ("CDC", "Trung tâm Kiểm soát bệnh tật tỉnh", 320, "Phường Điện Biên"),
            FacilityType.DistrictHealthCentre => ($"TTYT-{n}", $"Trung tâm Y tế {district} số {n}", 60 + _random.Next(200), null),
            _ => ($"TYT-{n}", $"Trạm Y tế {(i % 4 == 0 ? "phường" : "xã")} {commune} ({district}) số {n}", 5 + _random.Next(12), $"{(i % 4 == 0 ? "Phường" : "Xã")} {commune}"),
        };

        // Most facilities predate the history; private hospitals keep opening; merged communes close their station.
        DateOnly? established = type switch
        {
            FacilityType.PrivateHospital when _random.Next(100) < 30 => DateIn(new DateOnly(2017, 6, 1), new DateOnly(2026, 6, 30)),
            FacilityType.PublicHospital or FacilityType.DistrictHealthCentre or FacilityType.CommuneHealthStation when _random.Next(100) < 3
                => DateIn(new DateOnly(2017, 6, 1), new DateOnly(2025, 12, 31)),
            _ => null,
        };
        DateOnly? closed = type switch
        {
            FacilityType.CommuneHealthStation when _random.Next(100) < 8 => CommuneMerger,
            FacilityType.PrivateHospital or FacilityType.PublicHospital or FacilityType.DistrictHealthCentre when _random.Next(100) < 2
                => DateIn(new DateOnly(2019, 1, 1), new DateOnly(2026, 6, 30)),
            _ => null,
        };
        if (established is not null && closed is not null && closed <= established) closed = null;

        return new Facility
        {
            Id = NextGuid(), ProvinceId = provinceId, Code = code, Name = name, SearchName = VietnameseText.Fold(name), Type = type,
            Ownership = type == FacilityType.PrivateHospital ? Ownership.Private : Ownership.Public, CommuneWard = communeWard,
            AddressDetail = communeWard is null ? $"{district}, Thanh Hóa" : $"{communeWard}, {district}, Thanh Hóa",
            Phone = "0237" + _random.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture), MedicalStaffCount = staff,
            EstablishedOn = established, ClosedOn = closed, CreatedAt = _createdAt, Version = NextGuid(),
        };
    }

    /// <summary>
    /// The facility's rows in the order they were recorded: a walk of statuses over 2017–2026 (mostly up,
    /// now and then down), then corrections and retractions of some entries, 0–6 rows in all.
    /// </summary>
    private List<UnitStatusChange> History(Facility facility)
    {
        // How many original entries: hospitals have the richest histories, stations the thinnest.
        int[] weights = facility.Type switch
        {
            FacilityType.PublicHospital or FacilityType.PrivateHospital => [5, 15, 30, 30, 20],
            FacilityType.ProvincialCdc => [0, 0, 100, 0, 0],
            FacilityType.DistrictHealthCentre => [50, 25, 15, 7, 3],
            _ => [25, 30, 25, 13, 7],
        };
        var entries = Pick(weights);
        var top = facility.Group == FacilityGroup.Curative ? UnitStatus.Department : (_random.Next(100) < 10 ? UnitStatus.Department : UnitStatus.Team);

        var from = facility.EstablishedOn is { } e && e > HistoryStart ? e : HistoryStart;
        var to = facility.ClosedOn is { } c && c < HistoryEnd ? c.AddDays(-1) : HistoryEnd;
        var dates = Enumerable.Range(0, entries).Select(_ => DateIn(from, to)).Distinct().Order().ToList();

        var rows = new List<UnitStatusChange>(MaxRowsPerFacility);
        var status = UnitStatus.None;
        var recorded = 0;
        foreach (var date in dates)
        {
            status = _random.Next(100) < 7 && status > UnitStatus.None
                ? status - 1
                : (UnitStatus)Math.Min((int)top, (int)status + (_random.Next(100) < 20 ? 2 : 1));
            rows.Add(Entry(facility, status, date, RecordedAt(date, ++recorded)));
        }

        // Corrections and retractions of some original entries (each entry is corrected at most once:
        // the unique index on CorrectsId), recorded later; now and then a correction is itself corrected.
        foreach (var original in rows.ToList())
        {
            if (rows.Count >= MaxRowsPerFacility) break;
            var roll = _random.Next(100);
            if (roll < 4)
            {
                var retraction = Entry(facility, original.Status, original.EffectiveDate, original.RecordedAt.AddDays(10 + _random.Next(300)),
                    original.Id, "Nhập nhầm cơ sở: rút lại", isRetraction: true);
                rows.Add(retraction);
            }
            else if (roll < 18)
            {
                var correction = Correct(facility, original);
                rows.Add(correction);
                if (rows.Count < MaxRowsPerFacility && _random.Next(100) < 15) rows.Add(Correct(facility, correction));
            }
        }
        return rows;
    }

    private UnitStatusChange Correct(Facility facility, UnitStatusChange original)
    {
        var wrongDate = _random.Next(2) == 0;
        var date = wrongDate ? Clamp(original.EffectiveDate.AddDays(_random.Next(-90, 90)), facility) : original.EffectiveDate;
        var status = wrongDate ? original.Status : (UnitStatus)Math.Clamp((int)original.Status + (_random.Next(2) == 0 ? -1 : 1), 0, 3);
        return Entry(facility, status, date, original.RecordedAt.AddDays(5 + _random.Next(200)),
            original.Id, wrongDate ? "Sai ngày hiệu lực của quyết định" : "Sai hình thức tổ chức");
    }

    private UnitStatusChange Entry(Facility facility, UnitStatus status, DateOnly date, DateTimeOffset recordedAt,
        Guid? correctsId = null, string? correctionReason = null, bool isRetraction = false)
    {
        // The same draws, in the same order, as before the entry became a domain object: the generated province stays the same.
        var id = NextGuid();
        var decision = status >= UnitStatus.Team ? $"QĐ {_random.Next(100, 9999)}/QĐ-{(facility.Group == FacilityGroup.Curative ? "BV" : "SYT")}" : null;
        var head = status >= UnitStatus.Team ? "Trưởng " + (status == UnitStatus.Department ? "phòng" : "tổ") + " CTXH" : null;
        var headcount = status switch { UnitStatus.None => 0, UnitStatus.CollaboratorsOnly => 1 + _random.Next(3), UnitStatus.Team => 2 + _random.Next(5), _ => 4 + _random.Next(8) };
        return UnitStatusChange.FromHistory(id, facility.Id, new UnitStatusFacts(status, date, decision, head, headcount), recordedAt,
            correctsId, correctionReason, isRetraction);
    }

    /// <summary>Recorded within two months of the decision, at a distinct minute per row of the facility.</summary>
    private DateTimeOffset RecordedAt(DateOnly date, int sequence) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero).AddDays(_random.Next(60)).AddMinutes(sequence);

    private static DateOnly Clamp(DateOnly date, Facility facility)
    {
        var from = facility.EstablishedOn is { } e && e > HistoryStart ? e : HistoryStart;
        var to = facility.ClosedOn is { } c && c < HistoryEnd ? c.AddDays(-1) : HistoryEnd;
        return date < from ? from : date > to ? to : date;
    }

    private int Pick(int[] weights)
    {
        var roll = _random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if (roll < weights[i]) return i;
            roll -= weights[i];
        }
        return weights.Length - 1;
    }

    private DateOnly DateIn(DateOnly from, DateOnly to) => from.AddDays(_random.Next(Math.Max(1, to.DayNumber - from.DayNumber + 1)));

    /// <summary>Deterministic Guids, so two runs generate the same province.</summary>
    private Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
