using System.IO;
using Reader.Host;

namespace Reader.Host.Tests.Support;

/// <summary>Runs a host-tool command in process and captures what it prints.</summary>
public static class CommandRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public delegate int Command(string[] args, TextWriter output, TextWriter error);

    public static Result Run(Command command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = command(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}
