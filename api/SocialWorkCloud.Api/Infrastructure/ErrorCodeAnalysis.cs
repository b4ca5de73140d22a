using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Mediator;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// The error codes an endpoint can answer with, read from the compiled code (issue 19: codes per
/// operation, derived, never hand-written). From the endpoint's handler method it follows every call into
/// the SocialWorkCloud assemblies (async state machines, lambdas, interface implementations, the mediator
/// handler of each request it sends, the pipeline behaviours) and collects each string constant that is
/// a known code, with the status of the exception it is thrown with (<c>ldstr "code"</c> … <c>newobj
/// BusinessRuleException</c> → 422). It over-approximates (a branch never taken still counts); the
/// integration suite's contract check fails when a response carries a code its operation does not list,
/// so an under-approximation (a code built at run time) cannot go unnoticed.
/// </summary>
internal static class ErrorCodeAnalysis
{
    private static readonly HashSet<string> KnownCodes = TextCatalog.Keys
        .Where(key => !key.Contains('.', StringComparison.Ordinal))
        .ToHashSet(StringComparer.Ordinal);

    private static readonly Assembly[] Ours =
    [
        typeof(SocialWorkCloud.Application.Common.Endpoints.IEndpointGroup).Assembly,
        typeof(DomainRuleException).Assembly,
    ];

    private static readonly Dictionary<short, OpCode> OneByte = [];
    private static readonly Dictionary<short, OpCode> TwoByte = [];

    private static readonly ConcurrentDictionary<MethodBase, Facts> FactsCache = new();
    private static readonly ConcurrentDictionary<MethodInfo, IReadOnlyDictionary<int, SortedSet<string>>> EndpointCache = new();

    /// <summary>Every code thrown somewhere with a known status: the status of a code handed to a helper that throws it.</summary>
    private static readonly Lazy<Dictionary<string, HashSet<int>>> GlobalStatuses = new(BuildGlobalStatuses);

    private static readonly Lazy<Type[]> AllTypes = new(() => Ours.SelectMany(a => a.GetTypes()).ToArray());

    private static readonly Lazy<MethodBase[]> Behaviours = new(() => AllTypes.Value
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IPipelineBehavior<,>)))
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(m => m.Name == "Handle")
        .ToArray<MethodBase>());

    static ErrorCodeAnalysis()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is not OpCode op) continue;
            if (op.Size == 1) OneByte[op.Value] = op;
            else TwoByte[(short)(op.Value & 0xff)] = op;
        }
    }

    /// <summary>The key of codes whose status the analysis cannot tell (see <see cref="Analyse"/>).</summary>
    public const int Loose = 0;

    /// <summary>Status → codes the endpoint's own code (and the use cases it sends) can throw.</summary>
    public static IReadOnlyDictionary<int, SortedSet<string>> For(MethodInfo endpoint) => EndpointCache.GetOrAdd(endpoint, Analyse);

    private static IReadOnlyDictionary<int, SortedSet<string>> Analyse(MethodInfo endpoint)
    {
        var result = new Dictionary<int, SortedSet<string>>();
        var seen = new HashSet<MethodBase>();
        var pending = new Stack<MethodBase>();
        var requests = new HashSet<Type>(endpoint.GetParameters().Select(p => p.ParameterType).Where(IsMessage));
        pending.Push(endpoint);
        var mediated = false;
        while (true)
        {
            while (pending.TryPop(out var method))
            {
                if (!seen.Add(method)) continue;
                var facts = FactsOf(method);
                foreach (var (code, status) in facts.Codes)
                {
                    // A code with no throw in sight: a domain refusal (a rule check handed back, then thrown as
                    // DomainRuleException) is 422; else it may be thrown by a helper with the status it has elsewhere, or
                    // returned as a value (an outcome the endpoint turns into a ProblemDetails itself): Loose, for the
                    // failure statuses the endpoint declares.
                    IEnumerable<int> statuses = status is { } known ? [known]
                        : method.Module.Assembly == typeof(DomainRuleException).Assembly ? [422]
                        : (GlobalStatuses.Value.GetValueOrDefault(code) ?? []).Append(Loose);
                    foreach (var s in statuses)
                    {
                        if (!result.TryGetValue(s, out var set)) result[s] = set = new SortedSet<string>(StringComparer.Ordinal);
                        set.Add(code);
                    }
                }
                foreach (var callee in facts.Callees) pending.Push(callee);
                foreach (var request in facts.Messages) requests.Add(request);
            }
            // The mediator is not followed into (it would reach every handler): each request sent goes to its own handler.
            var handlers = requests.SelectMany(HandlersOf).Where(h => !seen.Contains(h)).ToList();
            if (requests.Count > 0 && !mediated)
            {
                mediated = true;
                // Requests marked anonymous pass the authorisation behaviour without a check: its codes are not theirs.
                var anonymous = requests.All(r => r.GetCustomAttribute<SocialWorkCloud.Application.Common.Security.AllowAnonymousRequestAttribute>() is not null);
                handlers.AddRange(Behaviours.Value.Where(b => !anonymous || b.DeclaringType?.Name.StartsWith("AuthorizationBehaviour", StringComparison.Ordinal) != true));
            }
            if (handlers.Count == 0) break;
            foreach (var handler in handlers) pending.Push(handler);
        }
        return result;
    }

    private static bool IsMessage(Type type) => typeof(IMessage).IsAssignableFrom(type) && !type.IsInterface;

    private static IEnumerable<MethodBase> HandlersOf(Type request) => AllTypes.Value
        .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
        .SelectMany(t => t.GetInterfaces()
            .Where(i => i.IsGenericType && i.Namespace == "Mediator" && i.Name.Contains("Handler", StringComparison.Ordinal) && i.GenericTypeArguments[0] == request)
            .SelectMany(i => t.GetInterfaceMap(i).TargetMethods));

    private static int? StatusOf(Type exception) => exception switch
    {
        _ when exception == typeof(UnauthenticatedException) => 401,
        _ when exception == typeof(ForbiddenException) => 403,
        _ when exception == typeof(NotFoundException) => 404,
        _ when exception == typeof(ConflictException) => 409,
        _ when exception == typeof(BusinessRuleException) || exception == typeof(DomainRuleException) => 422,
        _ => null,
    };

    /// <summary>What one method body says: codes (with a status where the throw is in sight), methods it calls, requests it makes.</summary>
    private sealed record Facts(List<(string Code, int? Status)> Codes, List<MethodBase> Callees, List<Type> Messages, int? ThrowsGivenCode);

    [ThreadStatic] private static HashSet<MethodBase>? _reading;
    private static HashSet<MethodBase> Reading => _reading ??= [];

    /// <summary>Facts of a method; a helper is read while its caller is (guarded against recursion).</summary>
    private static Facts FactsOf(MethodBase method)
    {
        if (FactsCache.TryGetValue(method, out var known)) return known;
        Reading.Add(method);
        try { return FactsCache.GetOrAdd(method, Read(method)); }
        finally { Reading.Remove(method); }
    }

    private static Facts Read(MethodBase method)
    {
        var facts = new Facts([], [], [], null);
        var throwsGiven = (int?)null;
        if (method.GetCustomAttribute<StateMachineAttribute>() is { } machine)
        {
            if (machine.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) is { } moveNext)
                facts.Callees.Add(moveNext);
        }
        byte[]? il;
        try { il = method.GetMethodBody()?.GetILAsByteArray(); }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException) { il = null; }
        if (il is null) return facts;
        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var waiting = new List<string>();
        var position = 0;
        while (position < il.Length)
        {
            OpCode op;
            var first = il[position++];
            if (first == 0xfe && position < il.Length) op = TwoByte.GetValueOrDefault(il[position++]);
            else op = OneByte.GetValueOrDefault(first);
            var token = op.OperandType is OperandType.InlineNone or OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar
                or OperandType.InlineVar or OperandType.InlineI8 or OperandType.InlineR or OperandType.InlineSwitch || position + 4 > il.Length
                ? 0 : BitConverter.ToInt32(il, position);
            position += op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, position),
                _ => 4,
            };
            if (op == OpCodes.Ldstr)
            {
                var text = Safe(() => module.ResolveString(token));
                if (text is not null && KnownCodes.Contains(text)) waiting.Add(text);
            }
            else if (op == OpCodes.Newobj || op == OpCodes.Call || op == OpCodes.Callvirt || op == OpCodes.Ldftn || op == OpCodes.Ldvirtftn)
            {
                var callee = Safe(() => module.ResolveMethod(token, typeArgs, methodArgs));
                if (callee?.DeclaringType is not { } type) continue;
                if (op == OpCodes.Newobj && StatusOf(type) is { } status)
                {
                    // "not-found" is the exception's own code; any other is the string just loaded, or a parameter passed on.
                    if (type == typeof(NotFoundException)) facts.Codes.Add(("not-found", status));
                    else if (waiting.Count == 0) throwsGiven = status;
                    foreach (var code in waiting) facts.Codes.Add((code, status));
                    waiting.Clear();
                    continue;
                }
                if (op == OpCodes.Newobj && IsMessage(type)) facts.Messages.Add(type);
                if (!Ours.Contains(type.Assembly) || type.Namespace == "Mediator") continue;
                facts.Callees.Add(callee);
                if (type.IsInterface && callee is MethodInfo contract) facts.Callees.AddRange(Implementations(contract));
                // A helper that throws the code it is given: the codes loaded before the call take its status.
                if (op != OpCodes.Ldftn && waiting.Count > 0 && !Reading.Contains(callee) && FactsOf(callee).ThrowsGivenCode is { } given)
                {
                    foreach (var code in waiting) facts.Codes.Add((code, given));
                    waiting.Clear();
                }
            }
        }
        foreach (var code in waiting) facts.Codes.Add((code, null));
        return facts with { ThrowsGivenCode = throwsGiven };
    }

    private static IEnumerable<MethodBase> Implementations(MethodInfo contract)
    {
        var definition = contract.DeclaringType!;
        var open = definition.IsGenericType ? definition.GetGenericTypeDefinition() : definition;
        foreach (var type in AllTypes.Value.Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var implemented in type.GetInterfaces().Where(i => i == definition || (i.IsGenericType && i.GetGenericTypeDefinition() == open)))
            {
                var map = type.GetInterfaceMap(implemented);
                for (var i = 0; i < map.InterfaceMethods.Length; i++)
                {
                    if (map.InterfaceMethods[i].Name == contract.Name) yield return map.TargetMethods[i];
                }
            }
        }
    }

    private static T? Safe<T>(Func<T?> resolve) where T : class
    {
        try { return resolve(); }
        catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException or MissingMemberException or FileNotFoundException) { return null; }
    }

    private static Dictionary<string, HashSet<int>> BuildGlobalStatuses()
    {
        var statuses = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in AllTypes.Value)
        {
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (method.IsAbstract) continue;
                foreach (var (code, status) in FactsOf(method).Codes)
                {
                    if (status is not { } s) continue;
                    if (!statuses.TryGetValue(code, out var set)) statuses[code] = set = [];
                    set.Add(s);
                }
            }
        }
        return statuses;
    }
}
