#:project ../../TutorBot.Testing.csproj
#:package LLamaSharp.Backend.Cpu@0.30.0
#:property ManagePackageVersionsCentrally=false

// Writes a random-weight llama-architecture GGUF for trying and measuring the model path without real weights:
//   dotnet run tests/TutorBot.Testing/Gguf/Tool/write-tiny-llama.cs -- OUT.gguf [tiny|bench] [f32|q8_0|q4_k_m]
using TutorBot.Testing.Gguf;

if (args.Length is < 1 or > 3)
{
    Console.Error.WriteLine("usage: write-tiny-llama.cs OUT.gguf [tiny|bench] [f32|q8_0|q4_k_m|...]");
    return 2;
}

var spec = args.Length > 1 && args[1] == "bench" ? TinyLlamaSpec.Bench : new TinyLlamaSpec();
var quantization = args.Length > 2 ? args[2] : "f32";
var path = quantization == "f32" ? TinyLlamaGguf.Write(args[0], spec) : TinyLlamaGguf.WriteQuantized(args[0], quantization, spec);
Console.WriteLine($"{path}: {new FileInfo(path).Length:N0} bytes ({quantization})");
return 0;
