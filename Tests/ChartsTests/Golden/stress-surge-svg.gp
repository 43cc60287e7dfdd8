# Surge chart: mean queue and oldest waiting age per interval, with and without the surges (written by channelsim).
# Re-draw by hand from this directory:  gnuplot stress-web-team-day-surge.gp
# stress-web-team-day-surge.dat holds one block per channel (plot ... index N), columns: 1 interval, 2 queue_plan, 3 queue_surge, 4 oldest_plan, 5 oldest_surge.
# Ages are in seconds in the data and scaled here for display; NaN marks an undefined value.

set terminal svg size 1100,760 noenhanced font 'sans-serif,10' background rgb 'white'
set encoding utf8
set output 'stress-web-team-day-surge.svg'
data = 'stress-web-team-day-surge.dat'

set multiplot title "web-team-day: queue and backlog with and without the surge x3 10:00 1h\nshaded: surge · thin line: with the surge · wide pale line: the plan without" font ',13'
set lmargin at screen 0.09
set rmargin at screen 0.97
set xrange [-0.5:8 - 0.5]
set border 3 lw 1 lc rgb '#505050'
set grid xtics ytics lw 1 lc rgb '#e0e0e0' dt 1
set tics nomirror out scale 0.6
set key at graph 0, graph 1.02 left bottom horizontal Left reverse samplen 2.5 width 1 nobox font ',10'
set yrange [0:*]
set object 1 rect from first 3.5, graph 0 to first 5.5, graph 1 behind fc rgb '#dcdcdc' fs solid 0.6 noborder

# Top panel: mean queue (contacts).
set tmargin at screen 0.84
set bmargin at screen 0.52
set xtics ('08:00' 0, '08:30' 1, '09:00' 2, '09:30' 3, '10:00' 4, '10:30' 5, '11:00' 6, '11:30' 7) format ''
set ylabel 'mean queue (contacts)'
plot data index 0 using 1:($2*1) with lines lw 7 lc rgb 0x994e79a7 title 'chat plan', \
     '' index 0 using 1:($3*1) with linespoints lw 2 pt 7 ps 0.5 lc rgb 0x4e79a7 title 'chat with surge', \
     '' index 1 using 1:($2*1) with lines lw 7 lc rgb 0x99f28e2b title 'phone plan', \
     '' index 1 using 1:($3*1) with linespoints lw 2 pt 7 ps 0.5 lc rgb 0xf28e2b title 'phone with surge'

# Bottom panel: the oldest waiting contact's age at the interval's end, in minutes.
set tmargin at screen 0.42
set bmargin at screen 0.10
set xtics ('08:00' 0, '08:30' 1, '09:00' 2, '09:30' 3, '10:00' 4, '10:30' 5, '11:00' 6, '11:30' 7) format '%g'
set xlabel 'interval (start time)'
set ylabel 'oldest waiting (minutes)'
plot data index 0 using 1:($4*0.0166667) with lines lw 7 lc rgb 0x994e79a7 title 'chat plan', \
     '' index 0 using 1:($5*0.0166667) with linespoints lw 2 pt 7 ps 0.5 lc rgb 0x4e79a7 title 'chat with surge', \
     '' index 1 using 1:($4*0.0166667) with lines lw 7 lc rgb 0x99f28e2b title 'phone plan', \
     '' index 1 using 1:($5*0.0166667) with linespoints lw 2 pt 7 ps 0.5 lc rgb 0xf28e2b title 'phone with surge'

unset multiplot
unset output
