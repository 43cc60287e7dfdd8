# Soak chart: each channel's backlog (mean queue in the day's last interval) at every day's close (written by channelsim).
# Re-draw by hand from this directory:  gnuplot stress-form-week-soak.gp
# stress-form-week-soak.dat holds one block per channel (plot ... index N), columns: 1 day, 2 backlog, 3 low, 4 high.
# NaN marks an undefined value.

set terminal pngcairo size 1000,560 noenhanced font 'sans-serif,10' background rgb 'white'
set encoding utf8
set output 'stress-form-week-soak.png'
data = 'stress-form-week-soak.dat'

set title "form-week: backlog at each day's close over 4 days\nline: mean over replications with 95% CI band · legend: growth per day" font ',13'
set border 3 lw 1 lc rgb '#505050'
set grid xtics ytics lw 1 lc rgb '#e0e0e0' dt 1
set tics nomirror out scale 0.6
set xlabel 'day'
set ylabel 'backlog at the close (contacts)'
set xrange [0.5:4 + 0.5]
set yrange [0:*]
set key top left Left reverse samplen 2.5 nobox font ',10'
plot data index 0 using 1:3:4 with filledcurves lc rgb 0x4e79a7 fs transparent solid 0.2 notitle, \
     '' index 0 using 1:2 with linespoints lw 2 pt 7 ps 0.6 lc rgb 0x4e79a7 title 'message: +40.00/day (growing)', \
     '' index 1 using 1:3:4 with filledcurves lc rgb 0xf28e2b fs transparent solid 0.2 notitle, \
     '' index 1 using 1:2 with linespoints lw 2 pt 7 ps 0.6 lc rgb 0xf28e2b title 'chat: +0.00/day (stable)'
unset output
