import ChannelsimCLI
ChannelsimMain.run()
