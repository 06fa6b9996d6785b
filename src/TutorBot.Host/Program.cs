using TutorBot.Host.Cli;

TutorProgram.GuardBackgroundThreads();
return await TutorProgram.RunAsync(args);
