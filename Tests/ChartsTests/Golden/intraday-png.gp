# Intraday profile of channel web_chat (written by channelsim).
# Re-draw by hand from this directory:  gnuplot intraday.gp
# Data columns in intraday.dat: 1 interval, 2 label, 3 arrivals, 4 staff, 5 mean_queue, 6 service_level, 7 sl_low, 8 sl_high, 9 slots.
# NaN marks a missing value (e.g. no service level in an interval without arrivals).

set terminal pngcairo size 1000,700 noenhanced font 'sans-serif,10' background rgb 'white'
set encoding utf8
set output 'intraday.png'
data = 'intraday.dat'
intervals = 6
target = 0.8

# Shared by both panels.
set multiplot title 'Bob''s bank — channel web_chat' font ',14'
set lmargin at screen 0.08
set rmargin at screen 0.90
set xrange [-0.5:intervals - 0.5]
set border 3 lw 1 lc rgb '#505050'
set grid xtics ytics lw 1 lc rgb '#e0e0e0' dt 1
set tics nomirror out scale 0.6
set key at graph 0, graph 1.02 left bottom horizontal Left reverse samplen 2 width 2 nobox

# Top panel: arrivals (boxes) and staff (steps) on y1, mean queue on y2.
set tmargin at screen 0.87
set bmargin at screen 0.53
set xtics 0, 1 format ''
set ylabel 'contacts per interval · agents on duty'
set yrange [0:*]
set y2label 'mean queue (contacts)'
set y2range [0:3.4375]
set y2tics nomirror out scale 0.6
set border 11
set boxwidth 0.8
set style fill solid 0.55 noborder
plot data using 1:3 with boxes lc rgb '#9ecae1' title 'offered (contacts per interval)', \
     ''   using 1:4 with histeps lw 2.5 lc rgb '#08519c' title 'staff (agents on duty, mean)', \
     ''   using 1:9 with histeps lw 2 dt 2 lc rgb '#756bb1' title 'chat slots (agents × concurrency)', \
     ''   using 1:5 axes x1y2 with linespoints lw 2 pt 7 ps 0.6 lc rgb '#e6550d' title 'mean queue (contacts, right axis)'

# Bottom panel: service level of offered contacts with its 90% CI band, 0..1.
set tmargin at screen 0.43
set bmargin at screen 0.10
unset y2tics
unset y2label
set border 3
set xtics ('08:00' 0, '08:30' 1, '09:00' 2, '09:30' 3, '10:00' 4, '10:30' 5) format ''
set xlabel 'interval (start time)'
set ylabel 'service level within 60 s'
set yrange [0:1]
set ytics ('0%%' 0, '20%%' 0.2, '40%%' 0.4, '60%%' 0.6, '80%%' 0.8, '100%%' 1)
plot data using 1:7:8 with filledcurves lc rgb '#a1d99b' fs transparent solid 0.5 title '90% CI', \
     ''   using 1:6 with linespoints lw 2 pt 7 ps 0.6 lc rgb '#238b45' title 'service level', \
     target with lines dt 2 lw 2 lc rgb '#cb181d' title 'target 80%'

unset multiplot
unset output
