using TutorBot.Host.Cli;

return await TutorCli.Create().Parse(args).InvokeAsync();
